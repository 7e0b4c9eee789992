import { AuditLogSchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

/** One admin or operator action: who did what to which record, and when. */
export default class AuditLog extends AuditLogSchema {
  declare details: Record<string, unknown>

  /** Null for operators at the command line, and once the actor's account is gone. */
  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>

  static newestFirst = scope((query) => {
    query.orderBy('audit_logs.created_at', 'desc').orderBy('audit_logs.id', 'desc')
  })

  /** What happened, in words, from the details kept at the time (the target may be gone). */
  get summary(): string {
    const details = this.details ?? {}
    const name = String(details.username ?? `user #${this.targetId}`)
    const title = details.title ? `"${details.title}"` : `article #${this.targetId}`
    switch (this.action) {
      case 'user.created':
        return `Created the account ${name} (${details.role ?? 'member'})`
      case 'user.role_changed':
        return `Changed ${name}'s role from ${details.from} to ${details.to}`
      case 'user.activated':
        return `Reactivated ${name}`
      case 'user.deactivated':
        return `Deactivated ${name}`
      case 'comment.hidden':
        return `Hid comment #${this.targetId}`
      case 'comment.restored':
        return `Restored comment #${this.targetId}`
      case 'article.unpublished':
        return `Unpublished ${title}`
      case 'article.deleted':
        return `Deleted ${title}`
      default:
        return `${this.action} on ${this.targetType} #${this.targetId}`
    }
  }
}
