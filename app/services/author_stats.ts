import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'

export interface AuthorStats {
  articles: number
  published: number
  drafts: number
  views: number
  favorites: number
  comments: number
}

/** A writer's totals for the dashboard, in one aggregate query. */
export async function authorStats(author: User): Promise<AuthorStats> {
  const row = await db
    .from('articles')
    .where('author_id', author.id)
    .select(
      db.raw('count(*)::int as articles'),
      db.raw('(count(*) filter (where published))::int as published'),
      db.raw('coalesce(sum(views), 0)::bigint as views'),
      db.raw('coalesce(sum(favorites_count), 0)::bigint as favorites'),
      db.raw(
        `(select count(*) from comments join articles as own on own.id = comments.article_id
          where own.author_id = ? and comments.status = 'visible')::int as comments`,
        [author.id]
      )
    )
    .firstOrFail()
  const articles = Number(row.articles)
  const published = Number(row.published)
  return {
    articles,
    published,
    drafts: articles - published,
    views: Number(row.views),
    favorites: Number(row.favorites),
    comments: Number(row.comments),
  }
}
