import type { HttpContext } from '@adonisjs/core/http'
import RestoreArticleRevision from '#actions/articles/restore_article_revision'
import { findArticleModel } from '#queries/articles'
import { findRevision } from '#queries/revisions'

/** Restoring a revision: puts an earlier version of the article back. */
export default class RevisionRestorationsController {
  async store({ params, auth, bouncer, session, response, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('manageRevisions', article)
    const revision = await findRevision(article.id, Number(params.id))
    await new RestoreArticleRevision().handle(article, revision, auth.getUserOrFail())
    session.flash(
      'success',
      'The earlier version is restored. The text it replaced is kept as a revision.'
    )
    return response.redirect().toRoute('articles.show', { slug: article.slug })
  }
}
