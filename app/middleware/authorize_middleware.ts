import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type * as abilities from '#abilities/main'

/**
 * Lets through only users the named ability allows (app/abilities/main.ts);
 * runs after `auth`. Everyone else gets the 403 page.
 */
export default class AuthorizeMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { ability: keyof typeof abilities }) {
    await ctx.bouncer.authorize(options.ability)
    return next()
  }
}
