import { Readable } from 'node:stream'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { absoluteUrl } from '#services/images'
import { escapeXml } from '#services/xml'
import {
  ARTICLES_PER_SITEMAP,
  sitemapArticles,
  sitemapProfiles,
  sitemapTags,
} from '#queries/sitemap'

/** The sitemaps.org ceiling for one file. */
export const SITEMAP_URL_LIMIT = 50_000
/** Room for profiles in the pages sitemap; tags fill the rest. */
const PROFILE_BUDGET = 40_000
const BATCH_SIZE = 1_000

type Timestamp = Date | string

interface ChunkOptions {
  limit?: number
  batchSize?: number
}

/** The sitemap index: the pages sitemap and the `parts` article sitemaps. */
export function sitemapIndex(parts: number): string {
  const locations = [
    urlFor('main.sitemap.pages'),
    ...Array.from({ length: parts }, (_, index) =>
      urlFor('main.sitemap.articles', { part: index + 1 })
    ),
  ].map(absoluteUrl)
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
export async function* pagesSitemapChunks({
  limit = SITEMAP_URL_LIMIT,
  batchSize = BATCH_SIZE,
}: ChunkOptions = {}): AsyncGenerator<string> {
  const sitemap = urlWriter(limit)
  // The first query runs before anything is written, so an outage still gets a proper error status.
  const firstProfiles = await sitemapProfiles(0, Math.min(batchSize, PROFILE_BUDGET, limit))
  yield URLSET_START
  let chunk = ''
  for (const path of [urlFor('main.home'), urlFor('main.about')]) chunk += sitemap.entry(path)
  yield chunk

  let profileRoom = Math.min(PROFILE_BUDGET, sitemap.remaining())
  for (let rows = firstProfiles; rows.length && profileRoom > 0;) {
    chunk = ''
    for (const row of rows.slice(0, profileRoom)) {
      chunk += sitemap.entry(urlFor('profiles.show', { username: row.username }), row.lastmod)
      profileRoom--
    }
    yield chunk
    if (rows.length < batchSize || profileRoom <= 0) break
    rows = await sitemapProfiles(rows[rows.length - 1].id, Math.min(batchSize, profileRoom))
  }

  for (let lastId = 0; sitemap.remaining() > 0;) {
    const rows = await sitemapTags(lastId, Math.min(batchSize, sitemap.remaining()))
    if (!rows.length) break
    chunk = ''
    for (const row of rows) chunk += sitemap.entry(urlFor('articles.tags.show', { name: row.name }))
    yield chunk
    if (rows.length < batchSize) break
    lastId = rows[rows.length - 1].id
  }
  yield URLSET_END
}

/** Article sitemap number `part` (from 1): its published articles by id, in keyset batches. */
export async function* articleSitemapChunks(
  part: number,
  { batchSize = BATCH_SIZE }: ChunkOptions = {}
): AsyncGenerator<string> {
  const sitemap = urlWriter(ARTICLES_PER_SITEMAP)
  const lastId = part * ARTICLES_PER_SITEMAP
  let rows = await sitemapArticles((part - 1) * ARTICLES_PER_SITEMAP, lastId, batchSize)
  yield URLSET_START
  while (rows.length) {
    let chunk = ''
    for (const row of rows) {
      chunk += sitemap.entry(urlFor('articles.show', { slug: row.slug }), row.lastmod)
    }
    yield chunk
    if (rows.length < batchSize) break
    rows = await sitemapArticles(rows[rows.length - 1].id, lastId, batchSize)
  }
  yield URLSET_END
}

const URLSET_START =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
const URLSET_END = '</urlset>\n'

/** `<url>` entries with absolute locations, counting down from `limit`. */
function urlWriter(limit: number) {
  let remaining = limit
  return {
    remaining: () => remaining,
    entry(path: string, lastmod?: Timestamp | null) {
      if (remaining <= 0) return ''
      remaining--
      const modified = lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : ''
      return `<url><loc>${escapeXml(absoluteUrl(path))}</loc>${modified}</url>\n`
    },
  }
}

/**
 * A sitemap's chunks as a stream, the first one already read: a database
 * outage then fails before the answer starts (a regular 503), not halfway
 * through a broken stream.
 */
export async function sitemapStream(chunks: AsyncGenerator<string>): Promise<Readable> {
  const first = await chunks.next()
  return Readable.from(
    (async function* () {
      if (!first.done) yield first.value
      yield* chunks
    })()
  )
}
