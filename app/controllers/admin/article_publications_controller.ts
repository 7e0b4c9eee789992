import type { HttpContext } from '@adonisjs/core/http'
import { findArticleModelById } from '#queries/articles'
import UnpublishArticle from '#actions/articles/unpublish_article'

/** A moderator takes an article off the public site. */
export default class ArticlePublicationsController {
  async destroy({ params, auth, bouncer, session, response }: HttpContext) {
    const article = await findArticleModelById(params.id)
    await bouncer.with('ArticlePolicy').authorize('unpublish', article)
    await new UnpublishArticle().handle(article, auth.getUserOrFail())
    session.flash('success', `"${article.title}" is now a draft.`)
    return response.redirect().withQs().back()
  }
}
