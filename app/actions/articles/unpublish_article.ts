import type Article from '#models/article'

/** Turns a published article back into a draft (moderation); publishedAt is kept for history. */
export default class UnpublishArticle {
  async handle(article: Article): Promise<Article> {
    article.published = false
    await article.save()
    return article
  }
}
