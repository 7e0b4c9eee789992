import db from '@adonisjs/lucid/services/db'

export interface PopularTag {
  name: string
  articlesCount: number
}

/** The tags used by the most published articles, in one grouped query. */
export async function popularTags(limit = 20): Promise<PopularTag[]> {
  const rows = await db
    .from('tags')
    .join('article_tags', 'article_tags.tag_id', 'tags.id')
    .join('articles', 'articles.id', 'article_tags.article_id')
    .where('articles.published', true)
    .groupBy('tags.id', 'tags.name')
    .select('tags.name')
    .count('* as articles_count')
    .orderBy('articles_count', 'desc')
    .orderBy('tags.name', 'asc')
    .limit(limit)
  return rows.map((row) => ({ name: row.name, articlesCount: Number(row.articles_count) }))
}
