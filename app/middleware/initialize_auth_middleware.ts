import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticator } from '@adonisjs/auth'
import type { Authenticators, GuardFactory } from '@adonisjs/auth/types'

/**
 * Creates the request's authenticator (`ctx.auth`), as
 * @adonisjs/auth/initialize_auth_middleware does, without sharing it with
 * the templates here: that would create an Edge renderer on every request,
 * API calls and health probes included. Templates get `auth` when a view is
 * made (start/view.ts).
 */
export default class InitializeAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const authManager = await ctx.containerResolver.make('auth.manager')
    ctx.auth = authManager.createAuthenticator(ctx)
    return next()
  }
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    auth: Authenticator<
      Authenticators extends Record<string, GuardFactory> ? Authenticators : never
    >
  }
}
