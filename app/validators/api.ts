import vine from '@vinejs/vine'
import { multiLineText, optionalNotNull, queryInteger, singleLineText } from '#validators/text'

/*
|--------------------------------------------------------------------------
| JSON API (/api/v1) validators
|--------------------------------------------------------------------------
|
| RealWorld wraps payloads ({"article": {...}}, {"comment": {...}}) and sends
| tags as an array. Unknown fields are dropped by Vine, so protected columns
| (author, slug, views, favoritesCount...) can never be set from a request.
| Field limits match the web forms (app/validators/article.ts, comment.ts)
| and resources/openapi/openapi.json, in characters (app/validators/text.ts).
| An optional field may be left out; sent as null or "" it is refused.
|
*/

/** Upper bound for `offset`, so PostgreSQL never sees an out-of-range bigint. */
export const MAX_OFFSET = 1_000_000_000
export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20

const title = () => singleLineText({ max: 255 })
const description = () => singleLineText({ max: 1000 })
const body = () => multiLineText({ max: 100_000 })
const tagList = () => vine.array(singleLineText({ max: 40 })).maxLength(20)
const published = () => vine.boolean({ strict: true })

const limit = () => queryInteger({ min: 1, max: MAX_LIMIT })
const offset = () => queryInteger({ min: 0, max: MAX_OFFSET })
const name = () => singleLineText({ min: 0, max: 100 }).optional()

export const apiCreateArticleValidator = vine.create({
  article: vine.object({
    title: title(),
    description: description(),
    body: body(),
    tagList: optionalNotNull(tagList()),
    published: optionalNotNull(published()),
    publishAt: optionalNotNull(vine.string().trim().maxLength(40)),
  }),
})

export const apiUpdateArticleValidator = vine.create({
  article: vine.object({
    title: optionalNotNull(title()),
    description: optionalNotNull(description()),
    body: optionalNotNull(body()),
    tagList: optionalNotNull(tagList()),
    published: optionalNotNull(published()),
    // null cancels a schedule.
    publishAt: vine.string().trim().maxLength(40).nullable().optional(),
  }),
})

export const apiCreateCommentValidator = vine.create({
  comment: vine.object({
    body: multiLineText({ max: 5000 }),
    /** Extension: the comment answered (a reply to a reply joins the same thread). */
    parentId: vine.number().withoutDecimals().positive().optional().nullable(),
  }),
})

/** The article list: filters, full-text search and paging (query string). */
export const apiListArticlesValidator = vine.create({
  tag: name(),
  author: name(),
  favorited: name(),
  q: singleLineText({ min: 0, max: 200 }).optional(),
  limit: limit(),
  offset: offset(),
})

/** The feed and comment lists: paging only. */
export const apiPageValidator = vine.create({
  limit: limit(),
  offset: offset(),
})

/** The page a validated `limit`/`offset` pair asks for, with the defaults filled in. */
export function pageWindowOf(
  page: { limit?: number; offset?: number },
  defaultLimit = DEFAULT_LIMIT
) {
  return { limit: page.limit ?? defaultLimit, offset: page.offset ?? 0 }
}
