import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Article from '#models/article'
import type User from '#models/user'
import SyncArticleTags from '#actions/articles/sync_article_tags'
import { saveWithUniqueSlug } from '#actions/articles/article_slug'

export interface NewArticle {
  title: string
  description: string
  body: string
  tags?: string[]
  published?: boolean
  /** The path of an uploaded cover image. */
  coverImage?: string | null
  /** A future time keeps it a draft until PublishScheduledArticles publishes it. */
  publishAt?: DateTime | null
}

/**
 * Writes a new article (published unless asked for a draft, or scheduled for a
 * later time) with a unique slug and its tags.
 */
export default class CreateArticle {
  async handle(author: User, input: NewArticle): Promise<Article> {
    const scheduled = input.publishAt && input.publishAt > DateTime.now() ? input.publishAt : null
    const published = scheduled ? false : (input.published ?? true)
    const article = await db.transaction(async (trx) => {
      // One clock reading: a new article's dates are all the same instant.
      const now = DateTime.now()
      const created = new Article()
      created.merge({
        authorId: author.id,
        title: input.title,
        description: input.description,
        body: input.body,
        coverImage: input.coverImage ?? null,
        published,
        publishedAt: published ? now : null,
        publishAt: scheduled,
        createdAt: now,
        updatedAt: now,
      })
      await saveWithUniqueSlug(created, input.title, trx)
      await new SyncArticleTags().handle(created, input.tags ?? [], trx)
      return created
    })
    article.$setRelated('author', author)
    await article.load('tags', (tags) => tags.orderBy('name', 'asc'))
    return article
  }
}
