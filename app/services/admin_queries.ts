import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Article from '#models/article'
import Comment, { type CommentStatus } from '#models/comment'
import AuditLog from '#models/audit_log'

/** Rows per page on every admin list. */
export const ADMIN_PER_PAGE = 25

export interface SiteCounts {
  users: number
  articles: number
  drafts: number
  comments: number
  hiddenComments: number
}

/** The admin overview's totals, in one round trip. */
export async function siteCounts(): Promise<SiteCounts> {
  const { rows } = await db.rawQuery(`
    select
      (select count(*) from users)::int as users,
      (select count(*) from articles where published)::int as articles,
      (select count(*) from articles where not published)::int as drafts,
      (select count(*) from comments)::int as comments,
      (select count(*) from comments where status = 'hidden')::int as hidden_comments
  `)
  const row = rows[0]
  return {
    users: row.users,
    articles: row.articles,
    drafts: row.drafts,
    comments: row.comments,
    hiddenComments: row.hidden_comments,
  }
}

/** Accounts, newest first, optionally matching a name or e-mail fragment. */
export function searchUsers(filters: { q?: string; page: number }) {
  const pattern = filters.q ? `%${escapeLike(filters.q)}%` : null
  return User.query()
    .if(pattern, (query) =>
      query.where((match) => {
        match.whereILike('username', pattern!).orWhereILike('email', pattern!)
      })
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .paginate(filters.page, ADMIN_PER_PAGE)
}

/** The moderation queue: every comment, newest first, with its author and article. */
export function moderationQueue(filters: { status?: CommentStatus; page: number }) {
  return Comment.query()
    .if(filters.status, (query) => query.where('comments.status', filters.status!))
    .preload('author')
    .preload('article', (article) => article.select('id', 'slug', 'title', 'published'))
    .orderBy('comments.created_at', 'desc')
    .orderBy('comments.id', 'desc')
    .paginate(filters.page, ADMIN_PER_PAGE)
}

/** Every article, drafts included, optionally by one author (username) and status. */
export function allArticles(filters: {
  author?: string
  status?: 'published' | 'draft'
  page: number
}) {
  return Article.query()
    .if(filters.author, (query) =>
      query.whereIn('articles.author_id', (authors) =>
        authors.from('users').select('id').whereRaw('lower(username) = lower(?)', [filters.author!])
      )
    )
    .if(filters.status, (query) =>
      query.where('articles.published', filters.status === 'published')
    )
    .preload('author')
    .withCount('comments')
    .orderBy('articles.created_at', 'desc')
    .orderBy('articles.id', 'desc')
    .paginate(filters.page, ADMIN_PER_PAGE)
}

/** The audit trail, newest first, with who did it. */
export function auditTrail(filters: { page: number; perPage?: number }) {
  return AuditLog.query()
    .preload('actor')
    .apply((scopes) => scopes.newestFirst())
    .paginate(filters.page, filters.perPage ?? ADMIN_PER_PAGE)
}

/** The last few audit entries, for the overview. */
export function recentActivity(limit = 10) {
  return AuditLog.query()
    .preload('actor')
    .apply((scopes) => scopes.newestFirst())
    .limit(limit)
}

/** A search fragment is matched literally: % and _ typed by the admin are not wildcards. */
function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`)
}
