import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** One log line per request, and the request id echoed as X-Request-Id. */
export default class RequestLoggerMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const requestId = ctx.request.id()
    if (requestId) ctx.response.header('X-Request-Id', requestId)
    // At a quieter LOG_LEVEL (warn in production) the line would be dropped anyway.
    if (!ctx.logger.isLevelEnabled('info')) return next()

    const startedAt = process.hrtime.bigint()

    ctx.response.response.once('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6
      ctx.logger.info(
        {
          method: ctx.request.method(),
          url: ctx.request.url(true),
          status: ctx.response.response.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
        },
        'request completed'
      )
    })
    return next()
  }
}
