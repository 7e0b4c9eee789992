import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type Article from '#models/article'
import type User from '#models/user'
import CreateArticleRevision from '#actions/articles/create_article_revision'
import SyncArticleTags from '#actions/articles/sync_article_tags'
import DeleteImage from '#actions/uploads/delete_image'
import { saveWithUniqueSlug, slugify, slugMatchesBase } from '#actions/articles/article_slug'

export interface ArticleChanges {
  title?: string
  description?: string
  body?: string
  tags?: string[]
  published?: boolean
  /** The path of a new uploaded cover, or null to remove it; the replaced one is deleted. */
  coverImage?: string | null
  /** A future time schedules the draft; null cancels a schedule. */
  publishAt?: DateTime | null
}

/**
 * Edits an article. A new title gives a new slug (unless the old slug already
 * reads the same); the first publication stamps publishedAt; `published: false`
 * turns it back into a draft. Tags are replaced only when given. A future
 * `publishAt` (re)schedules it as a draft; null cancels the schedule; publishing
 * now clears it. The text it had before is kept as a revision, with `editor`
 * as who changed it.
 */
export default class UpdateArticle {
  async handle(
    article: Article,
    input: ArticleChanges,
    { editor = null }: { editor?: Pick<User, 'id'> | null } = {}
  ): Promise<Article> {
    const replacedCover =
      input.coverImage !== undefined && input.coverImage !== article.coverImage
        ? article.coverImage
        : null
    await db.transaction(async (trx) => {
      await new CreateArticleRevision().handle(article.id, input, editor, trx)
      article.useTransaction(trx)
      let needsSlug = false
      if (input.title !== undefined && input.title !== article.title) {
        article.title = input.title
        needsSlug = !slugMatchesBase(article.slug, slugify(input.title))
      }
      if (input.description !== undefined) article.description = input.description
      if (input.body !== undefined) article.body = input.body
      if (input.coverImage !== undefined) article.coverImage = input.coverImage
      const scheduled =
        input.publishAt && input.publishAt > DateTime.now() && !article.published
          ? input.publishAt
          : null
      if (input.publishAt !== undefined) article.publishAt = scheduled
      if (scheduled) {
        article.published = false
      } else if (input.published !== undefined) {
        article.published = input.published
        if (input.published) article.publishAt = null
        if (input.published && !article.publishedAt) article.publishedAt = DateTime.now()
      }
      if (needsSlug) await saveWithUniqueSlug(article, article.title, trx)
      else await article.save()
      if (input.tags !== undefined) await new SyncArticleTags().handle(article, input.tags, trx)
    })
    await new DeleteImage().handle(replacedCover)
    await article.load('author')
    await article.load('tags', (tags) => tags.orderBy('name', 'asc'))
    return article
  }
}
