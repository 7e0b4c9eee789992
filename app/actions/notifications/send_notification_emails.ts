import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { urlFor, signedUrlFor } from '@adonisjs/core/services/url_builder'
import SendMailJob from '#jobs/send_mail'
import { appUrl } from '#config/app'
import type { MailPayload } from '#mails/messages'

/** At most one e-mail per person and kind in this window; what comes meanwhile waits for the next one. */
export const BATCH_WINDOW = { minutes: 15 }

interface PendingRow {
  id: number
  actor: string
  articleTitle: string | null
  articleSlug: string | null
  commentId: number | null
}

/**
 * Mails the notifications nobody has read or been mailed yet, for people who
 * chose e-mail for that kind and have a confirmed address: one message per
 * person and kind, alone or as a digest, and never within BATCH_WINDOW of the
 * previous one of that kind. Run every minute by a recurring job; `now` is the
 * run's time.
 */
export default class SendNotificationEmails {
  async handle(now = DateTime.now()) {
    const windowStart = now.minus(BATCH_WINDOW).toJSDate()
    const { rows: due } = await db.rawQuery(
      `SELECT n.user_id, n.kind
       FROM notifications n
       JOIN users u ON u.id = n.user_id
       WHERE n.emailed_at IS NULL AND n.read_at IS NULL AND n.created_at <= ?
         AND u.is_active AND u.email_verified_at IS NOT NULL
         AND CASE n.kind WHEN 'comment' THEN u.comment_notifications ELSE u.follow_notifications END = 'email'
         AND NOT EXISTS (
           SELECT 1 FROM notifications m
           WHERE m.user_id = n.user_id AND m.kind = n.kind AND m.emailed_at > ?)
       GROUP BY n.user_id, n.kind`,
      [now.toJSDate(), windowStart]
    )
    let sent = 0
    for (const { user_id: userId, kind } of due as {
      user_id: number
      kind: 'comment' | 'follow'
    }[]) {
      const message = await this.claim(userId, kind, now)
      if (message) {
        await SendMailJob.dispatch(message)
        sent++
      }
    }
    return sent
  }

  /** Marks the person's pending notifications of one kind as mailed and builds the message. */
  private async claim(userId: number, kind: 'comment' | 'follow', now: DateTime) {
    return db.transaction(async (trx) => {
      // SKIP LOCKED: a run that overlaps another never mails the same rows twice.
      const { rows } = await trx.rawQuery(
        `SELECT n.id, actor.username AS actor, a.title AS "articleTitle", a.slug AS "articleSlug",
                n.comment_id AS "commentId"
         FROM notifications n
         JOIN users actor ON actor.id = n.actor_id
         LEFT JOIN articles a ON a.id = n.article_id
         WHERE n.user_id = ? AND n.kind = ? AND n.emailed_at IS NULL AND n.read_at IS NULL
           AND n.created_at <= ?
         ORDER BY n.created_at, n.id
         FOR UPDATE OF n SKIP LOCKED`,
        [userId, kind, now.toJSDate()]
      )
      const pending = rows as PendingRow[]
      if (pending.length === 0) return null
      await trx
        .from('notifications')
        .whereIn(
          'id',
          pending.map((row) => row.id)
        )
        .update({ emailed_at: now.toJSDate() })
      const user = await trx.from('users').where('id', userId).select('email', 'username').first()
      return this.message(userId, user, kind, pending)
    })
  }

  private message(
    userId: number,
    user: { email: string; username: string },
    kind: 'comment' | 'follow',
    pending: PendingRow[]
  ): MailPayload {
    const items = pending.map((row) =>
      kind === 'comment'
        ? {
            text: `${row.actor} commented on “${row.articleTitle}”`,
            url:
              urlFor('articles.show', { slug: row.articleSlug! }, { prefixUrl: appUrl }) +
              `#comment-${row.commentId}`,
          }
        : {
            text: `${row.actor} now follows you`,
            url: urlFor('profiles.show', { username: row.actor }, { prefixUrl: appUrl }),
          }
    )
    return {
      kind: 'notifications',
      to: user.email,
      username: user.username,
      notificationKind: kind,
      items,
      notificationsUrl: urlFor('notifications.index', {}, { prefixUrl: appUrl }),
      unsubscribeUrl: signedUrlFor(
        'notifications.unsubscribe',
        { userId, kind },
        { prefixUrl: appUrl }
      ),
    }
  }
}
