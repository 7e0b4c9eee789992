import Tag from '#models/tag'
import type Article from '#models/article'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * Makes an article's tags exactly `names` (normalized), creating the tags
 * that don't exist yet. Runs inside the caller's transaction.
 */
export default class SyncArticleTags {
  async handle(article: Article, names: string[], trx: TransactionClientContract) {
    const normalized = Tag.normalizeNames(names)
    let tagIds: number[] = []
    if (normalized.length > 0) {
      // ON CONFLICT: two writers may add the same new tag at once.
      await trx.rawQuery(
        'INSERT INTO tags (name) SELECT unnest(?::text[]) ON CONFLICT (name) DO NOTHING',
        [normalized]
      )
      const tags = await Tag.query({ client: trx }).whereIn('name', normalized).select('id')
      tagIds = tags.map((tag) => tag.id)
    }
    await article.related('tags').sync(tagIds, true, trx)
  }
}
