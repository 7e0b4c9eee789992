import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type Article from '#models/article'

/** Removes an article from a user's favorites; a no-op when it wasn't one. */
export default class DeleteFavorite {
  async handle(user: User, article: Article): Promise<void> {
    await db.from('favorites').where('user_id', user.id).where('article_id', article.id).delete()
  }
}
