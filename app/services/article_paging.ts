import db from '@adonisjs/lucid/services/db'
import { ModelPaginator } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Article from '#models/article'

export type ArticleQuery = ModelQueryBuilderContract<typeof Article>

/** Adds per-list extras (a comment count, say) to the query that loads a page's rows. */
export type ArticleLoader = (query: ArticleQuery) => void

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
): Promise<{ articles: Article[]; total: number }> {
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

/**
 * The same page for an HTML list, as a Lucid paginator over a total the
 * caller already knows (a kept counter) or counts (`countArticles`).
 */
export async function paginateArticles(
  ordered: ArticleQuery,
  { page, perPage, total }: { page: number; perPage: number; total: number },
  load?: ArticleLoader
) {
  const rows = await articlesPage(ordered, pageWindow(page, perPage), load)
  return new ModelPaginator(total, perPage, page, ...rows)
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
  const position = new Map(ids.map((id, index) => [id, index]))
  return (await query).sort((a, b) => position.get(a.id)! - position.get(b.id)!)
}
