import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticators } from '@adonisjs/auth/types'

/**
 * For reads a guest may make and a signed-in reader sees differently
 * (`favorited`, `following`, their drafts): no credentials means a guest;
 * credentials that do not hold (a bad, revoked or expired token) are a 401,
 * so a client learns its session is over instead of silently seeing a
 * guest's view. The reader is then `ctx.viewer`.
 */
export default class OptionalAuthMiddleware {
  async handle(
    ctx: HttpContext,
    next: NextFn,
    options: { guards: (keyof Authenticators)[] } = { guards: ['api'] }
  ) {
    if (ctx.request.header('authorization')) await ctx.auth.authenticateUsing(options.guards)
    return next()
  }
}
