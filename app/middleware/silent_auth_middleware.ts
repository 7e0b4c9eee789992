import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** Session key holding User#credentialsStamp as it was when the session first saw its user. */
export const CREDENTIALS_STAMP_KEY = 'credentials_stamp'

/**
 * Finds out who is browsing, without requiring anyone, so pages can greet
 * them. A deactivated account is signed out on its next request, and so is
 * a session whose password was changed elsewhere (a password reset signs out
 * every browser).
 * Part of the web stack (web_session_middleware), which the API never runs:
 * it authenticates by token, never by cookie.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!(await ctx.auth.check())) return next()
    const user = ctx.auth.user!
    const stamp = ctx.session.get(CREDENTIALS_STAMP_KEY)
    if (!user.isActive) {
      await ctx.auth.use('web').logout()
      ctx.session.flash('error', 'This account has been deactivated.')
    } else if (stamp === undefined) {
      ctx.session.put(CREDENTIALS_STAMP_KEY, user.credentialsStamp)
    } else if (stamp !== user.credentialsStamp) {
      await ctx.auth.use('web').logout()
      ctx.session.forget(CREDENTIALS_STAMP_KEY)
      ctx.session.flash('error', 'Your password was changed. Please sign in again.')
    }
    return next()
  }
}
