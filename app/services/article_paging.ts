import db from '@adonisjs/lucid/services/db'
import { ModelPaginator } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Article from '#models/article'

export type ArticleQuery = ModelQueryBuilderContract<typeof Article>

/** Adds per-list extras (a comment count, say) to the query that loads a page's rows. */
export type ArticleLoader = (query: ArticleQuery) => void

/** One page of a list, and how many articles the whole list holds. */
export interface ArticlePage {
  articles: Article[]
  total: number
}

export interface PageWindow {
  limit: number
  offset: number
}

/**
 * One page of an ordered article list, read ids first: `ordered` walks its
 * index for just the ids of the page (a deferred join), then only those rows
 * are loaded, with their list columns, author and tags. A deep page thus
 * skips `offset` index entries instead of reading `offset` full rows.
 */
export async function articlesPage(
  ordered: ArticleQuery,
  { limit, offset }: PageWindow,
  load?: ArticleLoader
): Promise<Article[]> {
  const rows = await ordered.select('articles.id').limit(limit).offset(offset)
  return loadInOrder(
    rows.map((row) => row.id),
    load
  )
}

/**
 * A page and the number of all matches in one pass, for lists whose order
 * looks at every match anyway (search ranks them all): the ids query also
 * reads `count(*) over ()`. Past the last page no row carries that number,
 * so `countAll` is asked instead.
 */
export async function countedArticlesPage(
  ordered: ArticleQuery,
  { limit, offset }: PageWindow,
  countAll: () => Promise<number>,
  load?: ArticleLoader
): Promise<ArticlePage> {
  const rows = await ordered
    .select('articles.id', db.raw('count(*) over () as matches'))
    .limit(limit)
    .offset(offset)
  const articles = await loadInOrder(
    rows.map((row) => row.id),
    load
  )
  return { articles, total: rows.length ? Number(rows[0].$extras.matches) : await countAll() }
}

/** Every how many articles of the published feed a position is remembered. */
export const FEED_ANCHOR_STRIDE = 1000

/** Where the published feed's article number `position` (from 0) sits in its order. */
interface FeedAnchor {
  id: number
  /** As PostgreSQL prints it: a JS Date would lose the microseconds. */
  publishedAt: string
}

let anchors: { version: string; at: Map<number, FeedAnchor | null> } = {
  version: '',
  at: new Map(),
}

/**
 * The published feed, newest first, as guests see it (home page, API without
 * filters), with its total from the kept counters. A deep page starts from a
 * remembered position: the sort key of every FEED_ANCHOR_STRIDE-th article
 * is kept in this process until the feed changes (article_totals.feed_version),
 * so offset 50,000 skips fewer than FEED_ANCHOR_STRIDE index entries instead
 * of 50,000 on every request.
 */
export async function publishedFeedPage(
  { limit, offset }: PageWindow,
  load?: ArticleLoader
): Promise<ArticlePage> {
  const feed = await Article.publishedFeedState()
  // Past the end there is nothing to read (and no position to remember).
  if (offset >= feed.count) return { articles: [], total: feed.count }
  const ordered = () =>
    Article.query().withScopes((scopes) => {
      scopes.published()
      scopes.newestPublishedFirst()
    })

  const position = offset - (offset % FEED_ANCHOR_STRIDE)
  const anchor = position > 0 ? await feedAnchor(feed.version, position, ordered()) : null
  const page = ordered()
  if (anchor) {
    page.whereRaw('(articles.published_at, articles.id) <= (?::timestamptz, ?)', [
      anchor.publishedAt,
      anchor.id,
    ])
  }
  const articles = await articlesPage(
    page,
    { limit, offset: anchor ? offset - position : offset },
    load
  )
  return { articles, total: feed.count }
}

async function feedAnchor(version: string, position: number, ordered: ArticleQuery) {
  if (anchors.version !== version) anchors = { version, at: new Map() }
  if (!anchors.at.has(position)) {
    const [row] = await ordered
      .select('articles.id', db.raw('articles.published_at::text as anchor_at'))
      .offset(position)
      .limit(1)
    anchors.at.set(
      position,
      row?.$extras.anchor_at ? { id: row.id, publishedAt: row.$extras.anchor_at } : null
    )
  }
  return anchors.at.get(position) ?? null
}

/**
 * The same page for an HTML list, as a Lucid paginator over a total the
 * caller already knows (a kept counter) or counts (`countArticles`).
 */
export async function paginateArticles(
  ordered: ArticleQuery,
  { page, perPage, total }: { page: number; perPage: number; total: number },
  load?: ArticleLoader
) {
  const articles = await articlesPage(ordered, pageWindow(page, perPage), load)
  return articlePaginator({ articles, total }, page, perPage)
}

/** Page `page` of a list, loaded through `pageWindow`, as the Lucid paginator views expect. */
export function articlePaginator({ articles, total }: ArticlePage, page: number, perPage: number) {
  return new ModelPaginator(total, perPage, page, ...articles)
}

/** The limit and offset of page `page` (from 1). */
export function pageWindow(page: number, perPage: number): PageWindow {
  return { limit: perPage, offset: (page - 1) * perPage }
}

/** How many articles a filtered (unordered) query matches. */
export async function countArticles(filtered: ArticleQuery): Promise<number> {
  const [counted] = await filtered.count('* as total')
  return Number(counted.$extras.total)
}

async function loadInOrder(ids: number[], load?: ArticleLoader): Promise<Article[]> {
  if (!ids.length) return []
  const query = Article.query()
    .whereIn('articles.id', ids)
    .withScopes((scopes) => {
      scopes.listColumns()
      scopes.withAuthorAndTags()
    })
  load?.(query)
  const rows = await query
  const position = new Map(ids.map((id, index) => [id, index]))
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!)
}
