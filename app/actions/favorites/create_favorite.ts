import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type Article from '#models/article'

/** Marks an article as a user's favorite; doing it twice changes nothing. */
export default class CreateFavorite {
  async handle(user: User, article: Article): Promise<void> {
    // favorites_count follows through the database trigger.
    await db.rawQuery(
      'INSERT INTO favorites (user_id, article_id) VALUES (?, ?) ON CONFLICT (user_id, article_id) DO NOTHING',
      [user.id, article.id]
    )
  }
}
