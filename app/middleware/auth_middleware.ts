import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticators } from '@adonisjs/auth/types'
import { errors as authErrors } from '@adonisjs/auth'
import { safeNextPath } from '#services/safe_redirect'

/**
 * Lets only signed-in, active users through. Signed-out browsers go to the
 * login page with ?next= pointing back here; API clients get a 401.
 */
export default class AuthMiddleware {
  async handle(
    ctx: HttpContext,
    next: NextFn,
    options: { guards?: (keyof Authenticators)[] } = {}
  ) {
    const guards = options.guards ?? [ctx.auth.defaultGuard]
    const user = await ctx.auth.authenticateUsing(guards).catch((error) => {
      // Only "not signed in" is handled here; a lost database must surface as 503.
      if (error instanceof authErrors.E_UNAUTHORIZED_ACCESS) return null
      throw error
    })

    if (user?.isActive) return next()
    if (user && ctx.auth.authenticatedViaGuard === 'web') await ctx.auth.use('web').logout()

    if (guards.includes('api')) {
      throw new authErrors.E_UNAUTHORIZED_ACCESS('Unauthorized access', {
        guardDriverName: 'access_tokens',
      })
    }

    ctx.session.flash('error', 'Please sign in to continue.')
    const nextPath = ctx.request.method() === 'GET' ? safeNextPath(ctx.request.url(true)) : null
    return ctx.response
      .redirect()
      .toRoute('auth.login', {}, { qs: nextPath ? { next: nextPath } : {} })
  }
}
