import AuditLog from '#models/audit_log'
import type { Role } from '#models/user'
import type { CommentStatus } from '#models/comment'
import { empty, isoTimestamp, selectRow, sql } from '#queries/sql'
import { pageWindow, type Page } from '#queries/shapes'

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
  const row = await selectRow<SiteCounts>(sql`
    SELECT
      (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM articles WHERE published)::int AS articles,
      (SELECT count(*) FROM articles WHERE NOT published)::int AS drafts,
      (SELECT count(*) FROM comments)::int AS comments,
      (SELECT count(*) FROM comments WHERE status = 'hidden')::int AS "hiddenComments"`)
  return row!
}

export interface AccountRow {
  id: number
  username: string
  email: string
  role: Role
  isActive: boolean
  /** Whether the account's address was confirmed from a mailed link. */
  emailVerified: boolean
  createdAt: string
}

/** Accounts, newest first, optionally matching a name or e-mail fragment: one statement. */
export async function searchUsers({ q, page }: { q?: string; page: number }) {
  const { limit, offset } = pageWindow(page, ADMIN_PER_PAGE)
  const pattern = q ? `%${escapeLike(q)}%` : null
  const where = pattern ? sql`WHERE u.username ILIKE ${pattern} OR u.email ILIKE ${pattern}` : empty
  const row = await selectRow<Page<AccountRow>>(sql`
    SELECT (SELECT count(*) FROM users u ${where})::int AS total,
      coalesce((
        SELECT json_agg(json_build_object('id', u.id, 'username', u.username, 'email', u.email,
            'role', u.role, 'isActive', u.is_active, 'emailVerified', u.email_verified_at IS NOT NULL,
            'createdAt', ${isoTimestamp('u.created_at')})
          ORDER BY u.created_at DESC, u.id DESC)
        FROM (SELECT * FROM users u ${where}
              ORDER BY u.created_at DESC, u.id DESC LIMIT ${limit} OFFSET ${offset}) u
      ), '[]'::json) AS rows`)
  return row!
}

export interface ModerationRow {
  id: number
  body: string
  status: CommentStatus
  isHidden: boolean
  createdAt: string
  author: { username: string }
  article: { slug: string; title: string }
}

/** The moderation queue: every comment, newest first, with its author and article: one statement. */
export async function moderationQueue({ status, page }: { status?: CommentStatus; page: number }) {
  const { limit, offset } = pageWindow(page, ADMIN_PER_PAGE)
  const where = status ? sql`WHERE c.status = ${status}` : empty
  const row = await selectRow<Page<ModerationRow>>(sql`
    SELECT (SELECT count(*) FROM comments c ${where})::int AS total,
      coalesce((
        SELECT json_agg(json_build_object('id', c.id, 'body', c.body, 'status', c.status,
            'isHidden', c.status = 'hidden', 'createdAt', ${isoTimestamp('c.created_at')},
            'author', json_build_object('username', u.username),
            'article', json_build_object('slug', a.slug, 'title', a.title))
          ORDER BY c.created_at DESC, c.id DESC)
        FROM (SELECT * FROM comments c ${where}
              ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit} OFFSET ${offset}) c
          JOIN users u ON u.id = c.author_id JOIN articles a ON a.id = c.article_id
      ), '[]'::json) AS rows`)
  return row!
}

/**
 * The audit trail, newest first, with who did it. Entries stay models: the
 * template prints each one's `summary`.
 */
export function auditTrail({ page }: { page: number }) {
  return AuditLog.query()
    .preload('actor')
    .apply((scopes) => scopes.newestFirst())
    .paginate(page, ADMIN_PER_PAGE)
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
