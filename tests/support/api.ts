import { DateTime } from 'luxon'
import type Article from '#models/article'
import Tag from '#models/tag'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'

/** An `Authorization` header value for a fresh token of `user`, in RealWorld's scheme. */
export async function tokenHeader(user: User) {
  const token = await User.accessTokens.create(user)
  return `Token ${token.value!.release()}`
}

/** A new member and the Authorization header to act as them. */
export async function signedInMember(state?: 'moderator' | 'admin') {
  const user = await (state ? UserFactory.apply(state) : UserFactory).create()
  return { user, authorization: await tokenHeader(user) }
}

/** ISO 8601, UTC, milliseconds: what every API date looks like. */
export const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** An article by `author` with the given tags (by name); published now unless `published: false`. */
export async function articleBy(
  author: User,
  fields: Partial<Pick<Article, 'title' | 'description' | 'body' | 'published'>> & {
    tags?: string[]
    minutesAgo?: number
  } = {}
) {
  const { tags = [], minutesAgo = 0, ...columns } = fields
  const published = columns.published ?? true
  const article = await ArticleFactory.merge({
    ...columns,
    authorId: author.id,
    published,
    publishedAt: published ? DateTime.now().minus({ minutes: minutesAgo }) : null,
  }).create()
  if (tags.length > 0) {
    const rows = await Promise.all(tags.map((name) => Tag.firstOrCreate({ name })))
    await article.related('tags').attach(rows.map((tag) => tag.id))
  }
  return article
}

/** What checking an API token costs in SQL statements (app/auth: the token and its user). */
export const TOKEN_CHECK_STATEMENTS = 1
