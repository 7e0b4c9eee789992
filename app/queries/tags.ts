import { selectRow, selectRows, sql } from '#queries/sql'

/** The names of the tags on the most published articles, read off tags_popular_index. */
export async function popularTags(limit = 20): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(sql`
    SELECT name FROM tags WHERE published_articles_count > 0
    ORDER BY published_articles_count DESC, name ASC LIMIT ${limit}`)
  return rows.map((row) => row.name)
}

/** A tag with published articles, by name as typed, with its kept count; null when none. */
export async function findPublishedTag(name: string) {
  return selectRow<{ name: string; count: number }>(sql`
    SELECT name, published_articles_count AS count FROM tags
    WHERE name = ${name} AND published_articles_count > 0`)
}
