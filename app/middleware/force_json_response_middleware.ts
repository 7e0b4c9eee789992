import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Every answer is JSON, errors included, whatever the client asked for:
 * the JSON API's route group runs it (start/routes.ts).
 */
export default class ForceJsonResponseMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    ctx.request.request.headers.accept = 'application/json'
    await next()
    ctx.response.header('Content-Type', 'application/json; charset=utf-8')
  }
}
