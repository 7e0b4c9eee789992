import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'

/** How long views wait in this process before they are written. */
const FLUSH_AFTER_MS = 5_000

/** Views counted in this process and not yet written, by article id. */
let pending = new Map<number, number>()
let flushTimer: NodeJS.Timeout | null = null
let flushing: Promise<void> | null = null

/**
 * Counts one view of a published article (drafts are not counted). A
 * popular article would serialize its readers on one row lock, with a WAL
 * flush per view, if every view were an UPDATE: views are added up here and
 * written together every few seconds (and at shutdown, so none is lost).
 * Readers of the count (dashboard, API) may lag by those seconds.
 */
export default class RecordArticleView {
  /** Counts the view; returns the article's view count as this process knows it. */
  handle(article: { id: number; published: boolean; views: number }): number {
    if (!article.published) return article.views
    const count = (pending.get(article.id) ?? 0) + 1
    pending.set(article.id, count)
    flushTimer ??= setTimeout(() => void RecordArticleView.flush(), FLUSH_AFTER_MS).unref()
    return article.views + count
  }

  /** Writes every view counted so far, in one statement. On failure they wait for the next try. */
  static async flush(): Promise<void> {
    if (flushing) await flushing
    if (flushTimer) clearTimeout(flushTimer)
    flushTimer = null
    if (pending.size === 0) return

    const batch = pending
    pending = new Map()
    flushing = db
      .rawQuery(
        `UPDATE articles SET views = articles.views + counted.views
         FROM unnest(?::int[], ?::int[]) AS counted(id, views)
         WHERE articles.id = counted.id AND articles.published`,
        [[...batch.keys()], [...batch.values()]]
      )
      .then(
        () => undefined,
        (error) => {
          for (const [id, views] of batch) pending.set(id, (pending.get(id) ?? 0) + views)
          flushTimer ??= setTimeout(() => void RecordArticleView.flush(), FLUSH_AFTER_MS).unref()
          logger.warn({ err: error, articles: batch.size }, 'article views not written yet')
        }
      )
      .finally(() => {
        flushing = null
      })
    await flushing
  }
}
