import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@vinejs/vine'
import { Exception } from '@adonisjs/core/exceptions'
import { isApiRoute } from '#start/api_routes'

/** What is wrong with a piece of text, as a validation message; undefined when nothing is. */
function problemWith(text: string): { rule: string; message: string } | undefined {
  if (text.includes('\u0000')) {
    return { rule: 'noNulCharacters', message: 'must not contain NUL characters' }
  }
  // U+FFFD is what the body parser puts where bytes were not UTF-8; a lone
  // surrogate (a JSON "\ud800") would be stored as U+FFFD by the driver.
  if (text.includes('\uFFFD') || !text.isWellFormed()) {
    return { rule: 'utf8', message: 'must be valid UTF-8 text' }
  }
  return undefined
}

/** Reports are capped: a hostile body could hold thousands of bad strings. */
const MAX_REPORTED = 20

/**
 * Every string (and key) in `input`, with its dotted path ("article.title",
 * "article.tagList.0"), walked without recursion.
 */
function* stringsIn(input: unknown, prefix: string): Generator<[path: string, text: string]> {
  const pending: [string, unknown][] = [[prefix, input]]
  while (pending.length > 0) {
    const [path, value] = pending.pop()!
    if (typeof value === 'string') {
      yield [path, value]
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const itemPath = path ? `${path}.${key}` : key
        yield [itemPath, key]
        pending.push([itemPath, item])
      }
    }
  }
}

/**
 * Text PostgreSQL cannot store as sent is refused, not rewritten: a NUL
 * character ("invalid byte sequence for encoding UTF8: 0x00"), bytes that
 * are not UTF-8, or a lone surrogate. In a body (and an API query string)
 * the answer is a 422 naming each field, like any other validation failure;
 * in the path it is a 404 (nothing can be named that way); in a page's query
 * string the value is left out, as the site's lists do with any value they
 * cannot read. All of it before any validator or controller reads the input.
 */
export default class RejectUnstorableTextMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { request } = ctx
    for (const [, text] of stringsIn(ctx.params, '')) {
      if (problemWith(text)) throw new Exception('Not found', { status: 404, code: 'E_NOT_FOUND' })
    }

    // The site's lists never answer a bad query string with an error
    // (app/validators/page.ts): there an unreadable value is simply absent.
    const isApi = isApiRoute(ctx)
    if (!isApi) {
      const query = request.qs()
      const unreadable = Object.keys(query).filter((key) =>
        [...stringsIn({ [key]: query[key] }, '')].some(([, text]) => problemWith(text))
      )
      if (unreadable.length > 0) {
        request.updateQs(
          Object.fromEntries(Object.entries(query).filter(([key]) => !unreadable.includes(key)))
        )
      }
    }

    const messages: { field: string; rule: string; message: string }[] = []
    for (const input of isApi ? [request.qs(), request.body()] : [request.body()]) {
      for (const [field, text] of stringsIn(input, '')) {
        const problem = problemWith(text)
        if (!problem || messages.some((reported) => reported.field === field)) continue
        const name = field.split('.').at(-1)
        messages.push({
          field,
          rule: problem.rule,
          message: `The ${name} field ${problem.message}`,
        })
        if (messages.length >= MAX_REPORTED) break
      }
    }
    if (messages.length > 0) throw new errors.E_VALIDATION_ERROR(messages)
    return next()
  }
}
