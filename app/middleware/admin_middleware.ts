import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

type AdminAbility = 'accessAdmin' | 'manageUsers'

/**
 * Lets moderators and admins into the admin area (`manageUsers`: admins only).
 * Runs after `auth`; everyone else gets the 403 page.
 */
export default class AdminMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { ability?: AdminAbility } = {}) {
    await ctx.bouncer.authorize(options.ability ?? 'accessAdmin')
    return next()
  }
}
