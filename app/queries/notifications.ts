import db from '@adonisjs/lucid/services/db'

export interface NotificationRow {
  id: number
  kind: 'comment' | 'follow'
  actor: string
  articleTitle: string | null
  articleSlug: string | null
  commentId: number | null
  createdAt: Date
  read: boolean
}

/** A person's latest notifications, newest first, with who and what. */
export async function latestNotifications(userId: number, limit = 50): Promise<NotificationRow[]> {
  const { rows } = await db.rawQuery(
    `SELECT n.id, n.kind, actor.username AS actor, a.title AS "articleTitle", a.slug AS "articleSlug",
            n.comment_id AS "commentId", n.created_at AS "createdAt", n.read_at IS NOT NULL AS read
     FROM notifications n
     JOIN users actor ON actor.id = n.actor_id
     LEFT JOIN articles a ON a.id = n.article_id
     WHERE n.user_id = ?
     ORDER BY n.created_at DESC, n.id DESC
     LIMIT ?`,
    [userId, limit]
  )
  return rows
}
