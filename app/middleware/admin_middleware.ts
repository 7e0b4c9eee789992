import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

type AdminAbility = 'accessAdmin' | 'manageUsers'

/**
 * Lets moderators and admins into the admin area (`manageUsers`: admins only).
 * Runs after `auth`. Everyone else gets the 403 page for every method: Bouncer's
 * own error would redirect form submissions back instead.
 */
export default class AdminMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { ability?: AdminAbility } = {}) {
    if (await ctx.bouncer.denies(options.ability ?? 'accessAdmin')) {
      throw new Exception('Access denied', { status: 403, code: 'E_ADMIN_ONLY' })
    }
    return next()
  }
}
