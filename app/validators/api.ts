import vine from '@vinejs/vine'

/*
|--------------------------------------------------------------------------
| JSON API (/api/v1) validators
|--------------------------------------------------------------------------
|
| RealWorld wraps payloads ({"article": {...}}, {"comment": {...}}) and sends
| tags as an array. Unknown fields are dropped by Vine, so protected columns
| (author, slug, views, favoritesCount...) can never be set from a request.
| Field limits match the web forms (app/validators/article.ts, comment.ts).
|
*/

/** Upper bound for `offset`, so PostgreSQL never sees an out-of-range bigint. */
export const MAX_OFFSET = 1_000_000_000
export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20

const title = () => vine.string().trim().minLength(1).maxLength(255)
const description = () => vine.string().trim().minLength(1).maxLength(1000)
const body = () => vine.string().trim().minLength(1).maxLength(100_000)
const tagList = () => vine.array(vine.string().trim().maxLength(40)).maxLength(20)
const published = () => vine.boolean({ strict: true })

const limit = () => vine.number().withoutDecimals().range([1, MAX_LIMIT]).optional()
const offset = () => vine.number().withoutDecimals().range([0, MAX_OFFSET]).optional()
const name = () => vine.string().trim().maxLength(100).optional()

export const apiCreateArticleValidator = vine.create({
  article: vine.object({
    title: title(),
    description: description(),
    body: body(),
    tagList: tagList().optional(),
    published: published().optional(),
    publishAt: vine.string().trim().maxLength(40).optional(),
  }),
})

export const apiUpdateArticleValidator = vine.create({
  article: vine.object({
    title: title().optional(),
    description: description().optional(),
    body: body().optional(),
    tagList: tagList().optional(),
    published: published().optional(),
    // null cancels a schedule.
    publishAt: vine.string().trim().maxLength(40).nullable().optional(),
  }),
})

export const apiCreateCommentValidator = vine.create({
  comment: vine.object({ body: vine.string().trim().minLength(1).maxLength(5000) }),
})

/** GET /articles: filters, full-text search and paging (query string). */
export const apiListArticlesValidator = vine.create({
  tag: name(),
  author: name(),
  favorited: name(),
  q: vine.string().trim().maxLength(200).optional(),
  limit: limit(),
  offset: offset(),
})

/** GET /articles/feed and GET /articles/:slug/comments: paging only. */
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
