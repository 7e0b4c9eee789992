import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'

/**
 * Publishes the drafts whose scheduled time has come, dated at that time.
 * One UPDATE: the triggers that keep counts, feeds and search in step run
 * exactly as for any other publication. `now` is the job's run time.
 */
export default class PublishScheduledArticles {
  async handle(now = DateTime.now()) {
    const { rows } = await db.rawQuery(
      `UPDATE articles
       SET published = true, published_at = publish_at, publish_at = NULL, updated_at = ?
       WHERE publish_at IS NOT NULL AND publish_at <= ? AND NOT published
       RETURNING id`,
      [now.toJSDate(), now.toJSDate()]
    )
    return rows.length as number
  }
}
