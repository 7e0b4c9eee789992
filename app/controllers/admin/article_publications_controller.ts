import type { HttpContext } from '@adonisjs/core/http'
import { findArticleModelById } from '#queries/articles'
import UnpublishArticle from '#actions/articles/unpublish_article'
import RecordAuditLog from '#actions/audit/record_audit_log'

/** A moderator takes an article off the public site. */
export default class ArticlePublicationsController {
  async destroy({ params, auth, bouncer, session, response }: HttpContext) {
    const article = await findArticleModelById(params.id)
    await bouncer.with('ArticlePolicy').authorize('unpublish', article)
    if (article.published) {
      await new UnpublishArticle().handle(article)
      await new RecordAuditLog().handle({
        actor: auth.getUserOrFail(),
        action: 'article.unpublished',
        target: { type: 'article', id: article.id },
        details: { title: article.title, slug: article.slug, authorId: article.authorId },
      })
    }
    session.flash('success', `"${article.title}" is now a draft.`)
    return response.redirect().withQs().back()
  }
}
