import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type Comment from '#models/comment'
import type { CommentStatus } from '#models/comment'
import RecordAuditLog from '#actions/audit/record_audit_log'

/** Hides a comment from readers or restores it, recorded in the audit trail. */
export default class UpdateCommentVisibility {
  async handle(actor: User, comment: Comment, status: CommentStatus) {
    if (comment.status === status) return comment

    return db.transaction(async (trx) => {
      comment.useTransaction(trx)
      comment.status = status
      await comment.save()
      await new RecordAuditLog().handle(
        {
          actor,
          action: status === 'hidden' ? 'comment.hidden' : 'comment.restored',
          target: { type: 'comment', id: comment.id },
          details: {
            articleId: comment.articleId,
            authorId: comment.authorId,
            excerpt: comment.body.slice(0, 80),
          },
        },
        trx
      )
      return comment
    })
  }
}
