import app from '@adonisjs/core/services/app'
import { errors as vineErrors } from '@vinejs/vine'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import { isDatabaseUnavailable } from '#services/database_health'
import { bodyTooDeepError, isBodyReaderOverflow } from '#middleware/limit_json_nesting_middleware'
import { isApiRoute } from '#start/api_routes'

/** What the API says for server errors; the real error is only logged. */
const SERVER_ERROR_MESSAGES: Record<number, string> = {
  500: 'Something went wrong on our side.',
  503: 'The service is temporarily unavailable. Please try again shortly.',
}

/** RealWorld answers a failed sign-in with 401 where AdonisJS uses 400. */
const API_STATUS_BY_CODE: Record<string, number> = {
  E_INVALID_CREDENTIALS: 401,
}

type HttpError = Error & { status: number; code?: string; messages?: unknown }

type FieldMessage = { field: string; message: string }

/**
 * RealWorld clients print `<field> <message>`, so under /api a message
 * leaves its field out: "The username field must have at least 3
 * characters" -> "must have at least 3 characters", "The username has
 * already been taken" -> "has already been taken". Validators and actions
 * keep writing full sentences, which the site shows as they are.
 */
function withoutFieldName(message: string, fieldName: string) {
  const name = fieldName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return message.replace(new RegExp(`^The (?:selected )?(?:${name}|value)(?: field)? `), '')
}

export default class HttpExceptionHandler extends ExceptionHandler {
  /** Stack traces only outside production. */
  protected debug = !app.inProduction

  /** Error pages in the site's own look; in development a crash shows the stack instead. */
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '400': (error, { view }) => view.render('pages/errors/bad_request', { error }),
    '403': (error, { view }) => view.render('pages/errors/forbidden', { error }),
    '404': (error, { view }) => view.render('pages/errors/not_found', { error }),
    '429': (error, { view }) => view.render('pages/errors/too_many_requests', { error }),
    '503': (error, { view }) => view.render('pages/errors/unavailable', { error }),
    ...(app.inProduction
      ? { '500..502': (error, { view }) => view.render('pages/errors/server_error', { error }) }
      : {}),
  }

  async handle(error: unknown, ctx: HttpContext) {
    const normalized = this.normalize(error, ctx)
    if (isApiRoute(ctx)) {
      return this.renderApiError(normalized, ctx)
    }
    if (normalized instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      // The limiter answers in plain text by itself; pages get the styled 429 page.
      this.setRateLimitHeaders(normalized, ctx)
      return this.renderError(normalized, ctx)
    }
    if (normalized instanceof vineErrors.E_VALIDATION_ERROR && !ctx.session) {
      // Refused before any session exists (app/middleware/reject_unstorable_text_middleware):
      // nothing to flash the errors into, so they are shown on an error page.
      return this.renderInvalidInputPage(normalized, ctx)
    }
    if (normalized instanceof bouncerErrors.E_AUTHORIZATION_FAILURE) {
      // Bouncer would redirect back or answer plain text; a refusal is the 403 page.
      return this.renderError(this.toHttpError(normalized), ctx)
    }
    return super.handle(normalized, ctx)
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(this.normalize(error, ctx), ctx)
  }

  /**
   * A lost database is an outage (503), not a bug (500); a body too deep
   * for the framework's reader is the client's mistake (400).
   */
  private normalize(error: unknown, ctx: HttpContext) {
    if (isBodyReaderOverflow(error, ctx)) return bodyTooDeepError()
    if (isDatabaseUnavailable(error)) {
      const unavailable = error as HttpError
      unavailable.status = 503
      return unavailable
    }
    return error
  }

  /**
   * The JSON API speaks RealWorld's error shape for everything:
   * `{"errors": {"field": ["message", ...]}}`, never HTML, never a stack.
   */
  private async renderApiError(error: unknown, ctx: HttpContext) {
    const httpError = this.toHttpError(error) as HttpError
    const { response } = ctx

    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      const errors: Record<string, string[]> = {}
      for (const { field, message } of error.messages as FieldMessage[]) {
        // "user.email" -> "email", "article.tagList.0" -> "tagList": RealWorld
        // names fields without their wrapper or array index.
        const segments = field?.split('.') ?? []
        const name = segments.findLast((segment) => !/^\d+$/.test(segment)) ?? 'body'
        const phrase = withoutFieldName(message, segments.at(-1) ?? name)
        if (!errors[name]?.includes(phrase)) (errors[name] ??= []).push(phrase)
      }
      return response.status(422).json({ errors })
    }

    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      this.setRateLimitHeaders(error, ctx)
    }

    const status =
      API_STATUS_BY_CODE[httpError.code ?? ''] ??
      (httpError.status >= 400 && httpError.status < 600 ? httpError.status : 500)
    // Client errors explain themselves; server errors never leak internals.
    const message =
      status < 500
        ? httpError.message
        : (SERVER_ERROR_MESSAGES[status] ?? SERVER_ERROR_MESSAGES[500])
    return response.status(status).json({ errors: { body: [message] } })
  }

  private async renderInvalidInputPage(
    error: InstanceType<typeof vineErrors.E_VALIDATION_ERROR>,
    ctx: HttpContext
  ) {
    const messages = (error.messages as FieldMessage[]).map(({ message }) => message)
    const html = await ctx.view.render('pages/errors/bad_request', { error, messages })
    return ctx.response.status(422).send(html)
  }

  private setRateLimitHeaders(
    error: InstanceType<typeof limiterErrors.E_TOO_MANY_REQUESTS>,
    ctx: HttpContext
  ) {
    for (const [name, value] of Object.entries(error.getDefaultHeaders())) {
      ctx.response.header(name, value)
    }
  }
}
