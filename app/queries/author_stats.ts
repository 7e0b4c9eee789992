import { selectRow, sql } from '#queries/sql'

export interface AuthorStats {
  articles: number
  published: number
  drafts: number
  views: number
  favorites: number
  comments: number
}

/** A writer's totals for the dashboard, in one aggregate statement. */
export async function authorStats(authorId: number): Promise<AuthorStats> {
  const row = await selectRow<Omit<AuthorStats, 'drafts'>>(sql`
    SELECT count(*)::int AS articles,
      (count(*) FILTER (WHERE published))::int AS published,
      coalesce(sum(views), 0)::float8 AS views,
      coalesce(sum(favorites_count), 0)::float8 AS favorites,
      (SELECT count(*) FROM comments JOIN articles own ON own.id = comments.article_id
        WHERE own.author_id = ${authorId} AND comments.status = 'visible')::int AS comments
    FROM articles WHERE author_id = ${authorId}`)
  const { articles, published, views, favorites, comments } = row!
  return { articles, published, drafts: articles - published, views, favorites, comments }
}
