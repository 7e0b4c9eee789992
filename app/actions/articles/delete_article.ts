import type Article from '#models/article'

/** Deletes an article; its comments, tag links and favorites go with it (ON DELETE CASCADE). */
export default class DeleteArticle {
  async handle(article: Article): Promise<void> {
    await article.delete()
  }
}
