import db from '@adonisjs/lucid/services/db'
import { escapeXml } from '#services/xml'

/** The sitemaps.org ceiling for one file. */
export const SITEMAP_URL_LIMIT = 50_000
/** Room kept for profiles and tags before articles fill the rest, newest first. */
const PROFILE_BUDGET = 5_000
const TAG_BUDGET = 5_000
const BATCH_SIZE = 1_000

type Timestamp = Date | string

/**
 * The sitemap as a stream of XML chunks: rows are read in keyset batches, so
 * memory stays flat however many articles there are, and the file stops at
 * SITEMAP_URL_LIMIT URLs. Lists public pages only: published articles, the
 * profiles of active authors with published articles, and tags in use.
 */
export async function* sitemapChunks(
  siteUrl: string,
  { limit = SITEMAP_URL_LIMIT, batchSize = BATCH_SIZE } = {}
): AsyncGenerator<string> {
  const base = siteUrl.replace(/\/+$/, '')
  let remaining = limit
  const entry = (path: string, lastmod?: Timestamp | null) => {
    remaining--
    const modified = lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : ''
    return `<url><loc>${escapeXml(base + path)}</loc>${modified}</url>\n`
  }

  // The first query runs before anything is written, so an outage still gets a proper error status.
  const firstProfiles = await profileBatch(0, Math.min(batchSize, PROFILE_BUDGET, limit))
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
  for (const path of ['/', '/about']) if (remaining > 0) yield entry(path)

  let profileRoom = Math.min(PROFILE_BUDGET, remaining)
  for (let rows = firstProfiles; rows.length && profileRoom > 0;) {
    let chunk = ''
    for (const row of rows.slice(0, profileRoom)) {
      chunk += entry(`/profiles/${encodeURIComponent(row.username)}`, row.lastmod)
      profileRoom--
    }
    yield chunk
    if (rows.length < batchSize || profileRoom <= 0) break
    rows = await profileBatch(rows[rows.length - 1].id, Math.min(batchSize, profileRoom))
  }

  let tagRoom = Math.min(TAG_BUDGET, remaining)
  for (let lastId = 0; tagRoom > 0;) {
    const rows = await tagBatch(lastId, Math.min(batchSize, tagRoom))
    if (!rows.length) break
    let chunk = ''
    for (const row of rows) {
      chunk += entry(`/tags/${encodeURIComponent(row.name)}`)
      tagRoom--
    }
    yield chunk
    if (rows.length < batchSize) break
    lastId = rows[rows.length - 1].id
  }

  for (let after: { publishedAt: Timestamp; id: number } | null = null; remaining > 0;) {
    const rows = await articleBatch(after, Math.min(batchSize, remaining))
    if (!rows.length) break
    let chunk = ''
    for (const row of rows) chunk += entry(`/articles/${encodeURIComponent(row.slug)}`, row.lastmod)
    yield chunk
    if (rows.length < batchSize) break
    const last = rows[rows.length - 1]
    after = { publishedAt: last.published_at_key, id: last.id }
  }

  yield '</urlset>\n'
}

function profileBatch(afterId: number, size: number) {
  return db
    .from('users')
    .join('articles', 'articles.author_id', 'users.id')
    .where('articles.published', true)
    .where('users.is_active', true)
    .where('users.id', '>', afterId)
    .groupBy('users.id', 'users.username')
    .select('users.id', 'users.username')
    .select(db.raw('max(coalesce(articles.updated_at, articles.published_at)) as lastmod'))
    .orderBy('users.id', 'asc')
    .limit(size)
}

function tagBatch(afterId: number, size: number) {
  return db
    .from('tags')
    .where('tags.id', '>', afterId)
    .where('tags.published_articles_count', '>', 0)
    .select('tags.id', 'tags.name')
    .orderBy('tags.id', 'asc')
    .limit(size)
}

/** Newest first, by (published_at, id) keyset on the published-feed index. */
function articleBatch(after: { publishedAt: Timestamp; id: number } | null, size: number) {
  return (
    db
      .from('articles')
      .where('articles.published', true)
      .if(after, (query) =>
        query.whereRaw('(articles.published_at, articles.id) < (?::timestamptz, ?)', [
          after!.publishedAt,
          after!.id,
        ])
      )
      // The key as PostgreSQL prints it: a JS Date would drop the microseconds
      // and skip rows published within the same millisecond.
      .select(
        'articles.id',
        'articles.slug',
        db.raw('articles.published_at::text as published_at_key')
      )
      .select(db.raw('coalesce(articles.updated_at, articles.published_at) as lastmod'))
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(size)
  )
}
