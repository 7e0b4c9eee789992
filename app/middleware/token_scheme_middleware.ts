import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * RealWorld clients send `Authorization: Token <t>`; the tokens guard reads
 * only `Bearer <t>`, so the scheme is rewritten before any guard looks.
 */
export default class TokenSchemeMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const headers = ctx.request.request.headers
    const tokenScheme = /^token\s+(.+)$/i.exec(headers.authorization ?? '')
    if (tokenScheme) headers.authorization = `Bearer ${tokenScheme[1].trim()}`
    return next()
  }
}
