import db from '@adonisjs/lucid/services/db'
import env from '#start/env'

export interface PopularTag {
  name: string
  articlesCount: number
}

/**
 * Counting tag use walks every published article, far too much work for each
 * home page view on a large site, so the answer is kept in this process for
 * POPULAR_TAGS_CACHE_TTL seconds (default 60; 0 turns the cache off).
 */
let cached: { limit: number; expiresAt: number; tags: PopularTag[] } | null = null

/** The tags used by the most published articles, in one grouped query. */
export async function popularTags(limit = 20): Promise<PopularTag[]> {
  if (cached && cached.limit === limit && cached.expiresAt > Date.now()) return cached.tags

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
  const tags = rows.map((row) => ({ name: row.name, articlesCount: Number(row.articles_count) }))

  const ttlSeconds = env.get('POPULAR_TAGS_CACHE_TTL', 60)
  if (ttlSeconds > 0) cached = { limit, expiresAt: Date.now() + ttlSeconds * 1000, tags }
  return tags
}
