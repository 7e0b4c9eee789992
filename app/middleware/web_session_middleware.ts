import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { SessionStoreFactory } from '@adonisjs/session/types'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import HttpExceptionHandler from '#exceptions/handler'
import SilentAuthMiddleware from '#middleware/silent_auth_middleware'

/**
 * The browser stack, in this order: the session (sign-in, flash messages),
 * shield (CSRF checks, CSP) and silent auth (who is browsing). It costs a
 * session and two encrypted cookies per request, so start/routes.ts attaches
 * it only where a cookie-authenticated user can act: pages with forms and
 * every form action. The API, health probes, feeds and sitemaps never run it.
 */
@inject()
export default class WebSessionMiddleware {
  constructor(
    protected session: SessionMiddleware<Record<string, SessionStoreFactory>>,
    protected shield: ShieldMiddleware,
    protected silentAuth: SilentAuthMiddleware,
    protected exceptionHandler: HttpExceptionHandler
  ) {}

  handle(ctx: HttpContext, next: NextFn) {
    return this.session.handle(ctx, () =>
      this.shield
        .handle(ctx, () => this.silentAuth.handle(ctx, next))
        .catch((error) => this.respondWithError(error, ctx))
    )
  }

  /**
   * The router turns a middleware's error into a response right where it is
   * thrown, so the middleware before it still finish. Shield and silent auth
   * run inside this one middleware, so their errors (a bad CSRF token, a lost
   * database) are turned into responses here, inside the session: the flash
   * messages they set are then saved with it.
   */
  protected async respondWithError(error: unknown, ctx: HttpContext) {
    await this.exceptionHandler.report(error, ctx)
    return this.exceptionHandler.handle(error, ctx)
  }
}
