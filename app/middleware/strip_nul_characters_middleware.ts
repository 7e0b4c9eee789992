import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** The value with every NUL character removed, in strings, arrays and objects (keys included). */
function stripNul<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T
  if (depth > 20 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => stripNul(item, depth + 1)) as T
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key.replaceAll('\u0000', ''),
      stripNul(item, depth + 1),
    ])
  ) as T
}

const hasNul = (value: unknown) => JSON.stringify(value ?? null).includes('\\u0000')

/**
 * PostgreSQL cannot store or even compare text containing NUL ("invalid
 * byte sequence for encoding UTF8: 0x00"), so such input would end as a 500
 * wherever it reaches a query. No legitimate text holds NUL: it is removed
 * from the query string, the parsed body and the route parameters before
 * any validator or controller sees them.
 */
export default class StripNulCharactersMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { request } = ctx
    if (hasNul(request.qs())) request.updateQs(stripNul(request.qs()))
    if (hasNul(request.body())) request.updateBody(stripNul(request.body()))
    if (hasNul(ctx.params)) {
      for (const [key, value] of Object.entries(ctx.params)) ctx.params[key] = stripNul(value)
    }
    return next()
  }
}
