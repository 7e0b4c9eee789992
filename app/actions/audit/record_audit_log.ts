import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AuditLog from '#models/audit_log'
import type User from '#models/user'

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

/** Writes one line of the admin audit trail, inside the caller's transaction when given. */
export default class RecordAuditLog {
  handle(entry: AuditEntry, trx?: TransactionClientContract) {
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
