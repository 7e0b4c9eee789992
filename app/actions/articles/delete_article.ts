import type Article from '#models/article'
import DeleteImage from '#actions/uploads/delete_image'

/**
 * Deletes an article; its comments, tag links and favorites go with it (ON DELETE CASCADE),
 * and its cover image's files once the row is gone.
 */
export default class DeleteArticle {
  async handle(article: Article): Promise<void> {
    await article.delete()
    await new DeleteImage().handle(article.coverImage)
  }
}
