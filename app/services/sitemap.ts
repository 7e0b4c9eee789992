import db from '@adonisjs/lucid/services/db'
import { escapeXml } from '#services/xml'

/** The sitemaps.org ceiling for one file. */
export const SITEMAP_URL_LIMIT = 50_000
/**
 * Articles per article sitemap, by id: part n lists the published articles
 * with ids (n-1)·N+1 to n·N, so a part keeps its articles as the site grows
 * and search engines re-read only the parts that changed.
 */
export const ARTICLES_PER_SITEMAP = 10_000
/** Room for profiles in the pages sitemap; tags fill the rest. */
const PROFILE_BUDGET = 40_000
const BATCH_SIZE = 1_000

type Timestamp = Date | string

interface ChunkOptions {
  limit?: number
  batchSize?: number
}

/** How many article sitemaps there are: enough to reach the newest published id. */
export async function articleSitemapCount(): Promise<number> {
  const [row] = await db.from('articles').where('published', true).max('id as last')
  return Math.ceil(Number(row?.last ?? 0) / ARTICLES_PER_SITEMAP)
}

/** /sitemap.xml: the index of the pages sitemap and every article sitemap. */
export async function sitemapIndex(siteUrl: string): Promise<string> {
  const base = siteUrl.replace(/\/+$/, '')
  const parts = await articleSitemapCount()
  const locations = [
    `${base}/sitemaps/pages.xml`,
    ...Array.from({ length: parts }, (_, index) => `${base}/sitemaps/articles/${index + 1}`),
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locations.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
}

/**
 * The pages sitemap as a stream of XML chunks: home, about, the profiles of
 * active authors with published articles, and tags in use, read in keyset
 * batches (memory stays flat) and cut at SITEMAP_URL_LIMIT URLs.
 */
export async function* pagesSitemapChunks(
  siteUrl: string,
  { limit = SITEMAP_URL_LIMIT, batchSize = BATCH_SIZE }: ChunkOptions = {}
): AsyncGenerator<string> {
  const sitemap = urlWriter(siteUrl, limit)
  // The first query runs before anything is written, so an outage still gets a proper error status.
  const firstProfiles = await profileBatch(0, Math.min(batchSize, PROFILE_BUDGET, limit))
  yield URLSET_START
  let chunk = ''
  for (const path of ['/', '/about']) chunk += sitemap.entry(path)
  yield chunk

  let profileRoom = Math.min(PROFILE_BUDGET, sitemap.remaining())
  for (let rows = firstProfiles; rows.length && profileRoom > 0;) {
    chunk = ''
    for (const row of rows.slice(0, profileRoom)) {
      chunk += sitemap.entry(`/profiles/${encodeURIComponent(row.username)}`, row.lastmod)
      profileRoom--
    }
    yield chunk
    if (rows.length < batchSize || profileRoom <= 0) break
    rows = await profileBatch(rows[rows.length - 1].id, Math.min(batchSize, profileRoom))
  }

  for (let lastId = 0; sitemap.remaining() > 0;) {
    const rows = await tagBatch(lastId, Math.min(batchSize, sitemap.remaining()))
    if (!rows.length) break
    chunk = ''
    for (const row of rows) chunk += sitemap.entry(`/tags/${encodeURIComponent(row.name)}`)
    yield chunk
    if (rows.length < batchSize) break
    lastId = rows[rows.length - 1].id
  }
  yield URLSET_END
}

/** Article sitemap number `part` (from 1): its published articles by id, in keyset batches. */
export async function* articleSitemapChunks(
  siteUrl: string,
  part: number,
  { batchSize = BATCH_SIZE }: ChunkOptions = {}
): AsyncGenerator<string> {
  const sitemap = urlWriter(siteUrl, ARTICLES_PER_SITEMAP)
  const lastId = part * ARTICLES_PER_SITEMAP
  let rows = await articleBatch((part - 1) * ARTICLES_PER_SITEMAP, lastId, batchSize)
  yield URLSET_START
  while (rows.length) {
    let chunk = ''
    for (const row of rows) {
      chunk += sitemap.entry(`/articles/${encodeURIComponent(row.slug)}`, row.lastmod)
    }
    yield chunk
    if (rows.length < batchSize) break
    rows = await articleBatch(rows[rows.length - 1].id, lastId, batchSize)
  }
  yield URLSET_END
}

const URLSET_START =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
const URLSET_END = '</urlset>\n'

/** `<url>` entries with absolute locations, counting down from `limit`. */
function urlWriter(siteUrl: string, limit: number) {
  const base = siteUrl.replace(/\/+$/, '')
  let remaining = limit
  return {
    remaining: () => remaining,
    entry(path: string, lastmod?: Timestamp | null) {
      if (remaining <= 0) return ''
      remaining--
      const modified = lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : ''
      return `<url><loc>${escapeXml(base + path)}</loc>${modified}</url>\n`
    },
  }
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

/** Tags of published articles, read off the kept counts. */
function tagBatch(afterId: number, size: number) {
  return db
    .from('tags')
    .where('tags.id', '>', afterId)
    .where('tags.published_articles_count', '>', 0)
    .select('tags.id', 'tags.name')
    .orderBy('tags.id', 'asc')
    .limit(size)
}

/** Published articles with ids in (afterId, lastId], by id. */
function articleBatch(afterId: number, lastId: number, size: number) {
  return db
    .from('articles')
    .where('articles.published', true)
    .where('articles.id', '>', afterId)
    .where('articles.id', '<=', lastId)
    .select('articles.id', 'articles.slug')
    .select(db.raw('coalesce(articles.updated_at, articles.published_at) as lastmod'))
    .orderBy('articles.id', 'asc')
    .limit(size)
}
