import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Finds out who is browsing, without requiring anyone, so pages can greet
 * them. A deactivated account is signed out on its next request.
 * Part of the web stack (web_session_middleware), which the API never runs:
 * it authenticates by token, never by cookie.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if ((await ctx.auth.check()) && !ctx.auth.user!.isActive) {
      await ctx.auth.use('web').logout()
      ctx.session.flash('error', 'This account has been deactivated.')
    }
    return next()
  }
}
