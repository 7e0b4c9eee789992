import db from '@adonisjs/lucid/services/db'
import type Article from '#models/article'
import type User from '#models/user'
import RecordAuditLog, { articleEntry } from '#actions/audit/record_audit_log'

/**
 * Turns a published article back into a draft; publishedAt is kept for
 * history. A moderator's unpublishing is recorded in the audit trail, in the
 * same transaction as the change. A draft is left as it is.
 */
export default class UnpublishArticle {
  async handle(article: Article, moderator?: User): Promise<Article> {
    if (!article.published) return article
    if (!moderator) {
      article.published = false
      return article.save()
    }

    return db.transaction(async (trx) => {
      article.useTransaction(trx)
      article.published = false
      await article.save()
      await new RecordAuditLog().handle(
        articleEntry(moderator, 'article.unpublished', article),
        trx
      )
      return article
    })
  }
}
