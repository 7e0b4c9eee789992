import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Exception } from '@adonisjs/core/exceptions'

/**
 * RealWorld payloads nest three levels deep ({"article": {"tagList": [...]}});
 * 32 leaves room for any client while staying far below the depth at which
 * recursive code (validators, serializers, loggers) exhausts the stack.
 */
export const MAX_JSON_NESTING = 32

/** How deep `value` nests, counting up to `limit + 1` at most (no recursion). */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0
  const pending: [unknown, number][] = [[value, 0]]
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!
    if (item === null || typeof item !== 'object') continue
    const level = depth + 1
    if (level > deepest) deepest = level
    if (deepest > limit) return deepest
    for (const child of Object.values(item)) pending.push([child, level])
  }
  return deepest
}

export function bodyTooDeepError() {
  return new Exception(`The request body nests deeper than ${MAX_JSON_NESTING} levels`, {
    status: 400,
    code: 'E_BODY_TOO_DEEP',
  })
}

/**
 * True when `error` is the stack overflow of the framework's body reader on
 * a body nested thousands of levels deep (it deep-clones what it parsed
 * before this middleware can look): the raw body is recorded only once that
 * clone succeeded.
 */
export function isBodyReaderOverflow(error: unknown, { request }: HttpContext) {
  return (
    error instanceof RangeError &&
    error.message.includes('call stack') &&
    request.hasBody() &&
    request.raw() === null
  )
}

/**
 * A body nested deeper than MAX_JSON_NESTING is a 400 that says so (deeper
 * still, see isBodyReaderOverflow and app/exceptions/handler.ts).
 */
export default class LimitJsonNestingMiddleware {
  async handle({ request }: HttpContext, next: NextFn) {
    if (nestingDepth(request.body(), MAX_JSON_NESTING) > MAX_JSON_NESTING) {
      throw bodyTooDeepError()
    }
    return next()
  }
}
