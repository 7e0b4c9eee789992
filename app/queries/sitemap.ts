import { selectRow, selectRows, sql } from '#queries/sql'

/**
 * Articles per article sitemap, by id: part n lists the published articles
 * with ids (n-1)·N+1 to n·N, so a part keeps its articles as the site grows
 * and search engines re-read only the parts that changed.
 */
export const ARTICLES_PER_SITEMAP = 10_000

/** When a sitemap entry last changed, as PostgreSQL returns a timestamptz. */
type Lastmod = Date | null

/** How many article sitemaps there are: enough to reach the newest published id. */
export async function articleSitemapCount(): Promise<number> {
  const row = await selectRow<{ last: number | null }>(
    sql`SELECT max(id) AS last FROM articles WHERE published`
  )
  return Math.ceil(Number(row?.last ?? 0) / ARTICLES_PER_SITEMAP)
}

/** Active authors with published articles, by id after `afterId` (keyset batches). */
export function sitemapProfiles(afterId: number, size: number) {
  return selectRows<{ id: number; username: string; lastmod: Lastmod }>(sql`
    SELECT u.id, u.username, max(coalesce(a.updated_at, a.published_at)) AS lastmod
    FROM users u JOIN articles a ON a.author_id = u.id
    WHERE a.published AND u.is_active AND u.id > ${afterId}
    GROUP BY u.id, u.username
    ORDER BY u.id LIMIT ${size}`)
}

/** Tags of published articles, read off the kept counts, by id after `afterId`. */
export function sitemapTags(afterId: number, size: number) {
  return selectRows<{ id: number; name: string }>(sql`
    SELECT id, name FROM tags
    WHERE id > ${afterId} AND published_articles_count > 0
    ORDER BY id LIMIT ${size}`)
}

/**
 * Published articles with ids in (afterId, lastId], by id. Only what an
 * entry needs: sitemaps read thousands of rows, never bodies or authors.
 */
export function sitemapArticles(afterId: number, lastId: number, size: number) {
  return selectRows<{ id: number; slug: string; lastmod: Lastmod }>(sql`
    SELECT id, slug, coalesce(updated_at, published_at) AS lastmod FROM articles
    WHERE published AND id > ${afterId} AND id <= ${lastId}
    ORDER BY id LIMIT ${size}`)
}
