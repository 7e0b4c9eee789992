import { ModelPaginator } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Article from '#models/article'

export type ArticleQuery = ModelQueryBuilderContract<typeof Article>

/** Adds per-list extras (a comment count, say) to the query that loads a page's rows. */
export type ArticleLoader = (query: ArticleQuery) => void

/**
 * One page of an ordered article list, read ids first: `ordered` walks its
 * index for just the ids of the page (a deferred join), then only those rows
 * are loaded, with their list columns, author and tags. A deep page thus
 * skips `offset` index entries instead of reading `offset` full rows.
 */
export async function articlesPage(
  ordered: ArticleQuery,
  { limit, offset }: { limit: number; offset: number },
  load?: ArticleLoader
): Promise<Article[]> {
  const ids = (await ordered.select('articles.id').limit(limit).offset(offset)).map((row) => row.id)
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

/**
 * The same page for an HTML list, as a Lucid paginator over a total the
 * caller already knows (a kept counter) or counts (`countArticles`).
 */
export async function paginateArticles(
  ordered: ArticleQuery,
  { page, perPage, total }: { page: number; perPage: number; total: number },
  load?: ArticleLoader
) {
  const rows = await articlesPage(ordered, { limit: perPage, offset: (page - 1) * perPage }, load)
  return new ModelPaginator(total, perPage, page, ...rows)
}

/** How many articles a filtered (unordered) query matches. */
export async function countArticles(filtered: ArticleQuery): Promise<number> {
  const [counted] = await filtered.count('* as total')
  return Number(counted.$extras.total)
}
