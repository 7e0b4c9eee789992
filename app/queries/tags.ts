import { selectRow, selectRows, sql } from '#queries/sql'

/** The names of the tags on the most published articles, read off tags_popular_index. */
export async function popularTags(limit = 20): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(sql`
    SELECT name FROM tags WHERE published_articles_count > 0
    ORDER BY published_articles_count DESC, name ASC LIMIT ${limit}`)
  return rows.map((row) => row.name)
}

export interface TagRow {
  id: number
  name: string
  /** Published articles with this tag (kept by triggers). */
  count: number
}

/** A tag by its (normalized) name, with its kept count; null when there is none. */
export async function findTag(name: string) {
  return selectRow<TagRow>(sql`
    SELECT id, name, published_articles_count AS count FROM tags WHERE name = ${name}`)
}

/** A tag with published articles, by its (normalized) name; null when none. */
export async function findPublishedTag(name: string) {
  const tag = await findTag(name)
  return tag && tag.count > 0 ? tag : null
}
