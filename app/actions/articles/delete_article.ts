import db from '@adonisjs/lucid/services/db'
import type Article from '#models/article'
import type User from '#models/user'
import RecordAuditLog, { articleEntry } from '#actions/audit/record_audit_log'
import DeleteImage from '#actions/uploads/delete_image'

/**
 * Deletes an article; its comments, tag links and favorites go with it (ON
 * DELETE CASCADE). A moderator's deletion is recorded in the audit trail, in
 * the same transaction; an author deleting their own article is not. The
 * cover image's files go once the row is gone.
 */
export default class DeleteArticle {
  async handle(article: Article, moderator?: User): Promise<void> {
    if (moderator) {
      await db.transaction(async (trx) => {
        article.useTransaction(trx)
        await article.delete()
        await new RecordAuditLog().handle(articleEntry(moderator, 'article.deleted', article), trx)
      })
    } else {
      await article.delete()
    }
    await new DeleteImage().handle(article.coverImage)
  }
}
