import db from '@adonisjs/lucid/services/db'
import type Article from '#models/article'

/**
 * Counts one view of a published article. The increment happens in SQL so
 * concurrent readers never overwrite each other; drafts are not counted.
 */
export default class RecordArticleView {
  async handle(article: Article): Promise<void> {
    const result = await db.rawQuery(
      'UPDATE articles SET views = views + 1 WHERE id = ? AND published RETURNING views',
      [article.id]
    )
    const row = result.rows[0] as { views: number } | undefined
    if (row) {
      // Reflect the new count without marking the model dirty (no later save may write it back).
      article.$attributes.views = row.views
      article.$original.views = row.views
    }
  }
}
