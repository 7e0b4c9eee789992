import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AuditLog from '#models/audit_log'
import type User from '#models/user'
import type Article from '#models/article'

export type AuditAction =
  | 'user.created'
  | 'user.role_changed'
  | 'user.activated'
  | 'user.deactivated'
  | 'comment.hidden'
  | 'comment.restored'
  | 'article.unpublished'
  | 'article.deleted'

export interface AuditEntry {
  /** Null when an operator acted from the command line. */
  actor: User | null
  action: AuditAction
  target: { type: 'user' | 'comment' | 'article'; id: number | null }
  /** What a reader of the log needs once the target has changed or gone (names, before/after). */
  details?: Record<string, unknown>
}

/** A moderator's act on an article, with what a reader of the log needs once it has changed or gone. */
export function articleEntry(
  moderator: User,
  action: 'article.unpublished' | 'article.deleted',
  article: Article
): AuditEntry {
  return {
    actor: moderator,
    action,
    target: { type: 'article', id: article.id },
    details: { title: article.title, slug: article.slug, authorId: article.authorId },
  }
}

/**
 * Writes one line of the admin audit trail, always inside the transaction of
 * the operation it records: the entry and the change commit or roll back together.
 */
export default class RecordAuditLog {
  handle(entry: AuditEntry, trx: TransactionClientContract) {
    return AuditLog.create(
      {
        actorId: entry.actor?.id ?? null,
        action: entry.action,
        targetType: entry.target.type,
        targetId: entry.target.id,
        details: entry.details ?? {},
      },
      { client: trx }
    )
  }
}
