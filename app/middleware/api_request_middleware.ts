import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Prepares requests under /api/ before anything else sees them:
 * - every answer is JSON, errors and 404s included;
 * - RealWorld clients send `Authorization: Token <t>`, the tokens guard
 *   reads only `Bearer <t>`, so the scheme is rewritten;
 * - `?_method=` is dropped: method spoofing is for HTML forms, and an API
 *   POST must never be routed as a DELETE or PUT.
 */
export default class ApiRequestMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const url = ctx.request.url()
    // /api/docs is the HTML reference page (and its assets), not part of the JSON API.
    const isDocsPage = url === '/api/docs' || url.startsWith('/api/docs/')
    if (!url.startsWith('/api/') || isDocsPage) return next()

    const headers = ctx.request.request.headers
    headers.accept = 'application/json'
    const tokenScheme = /^token\s+(.+)$/i.exec(headers.authorization ?? '')
    if (tokenScheme) headers.authorization = `Bearer ${tokenScheme[1].trim()}`
    // The router reads the (spoofed) method from the query string before the body is parsed.
    const { _method: spoofed, ...query } = ctx.request.qs()
    if (spoofed !== undefined) ctx.request.updateQs(query)

    await next()
    ctx.response.header('Content-Type', 'application/json; charset=utf-8')
  }
}
