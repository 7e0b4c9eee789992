import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Finds out who is browsing, without requiring anyone, so pages can greet
 * them. A deactivated account is signed out on its next request.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.url().startsWith('/api/')) {
      // The API authenticates by token, never by cookie.
      return next()
    }
    if ((await ctx.auth.check()) && !ctx.auth.user!.isActive) {
      await ctx.auth.use('web').logout()
      ctx.session.flash('error', 'This account has been deactivated.')
    }
    return next()
  }
}
