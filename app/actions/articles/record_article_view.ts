import db from '@adonisjs/lucid/services/db'

/**
 * Counts one view of a published article. The increment happens in SQL so
 * concurrent readers never overwrite each other; drafts are not counted.
 */
export default class RecordArticleView {
  /** The article's new view count, or null when it is a draft (or gone). */
  async handle(articleId: number): Promise<number | null> {
    const result = await db.rawQuery(
      'UPDATE articles SET views = views + 1 WHERE id = ? AND published RETURNING views',
      [articleId]
    )
    const row = result.rows[0] as { views: number } | undefined
    return row?.views ?? null
  }
}
