import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Article from '#models/article'
import DeleteArticle from '#actions/articles/delete_article'
import RecordAuditLog from '#actions/audit/record_audit_log'
import { pageNumber } from '#services/page_number'
import { allArticles } from '#services/admin_queries'

const STATUSES = ['published', 'draft'] as const

/** Every article, drafts included, for moderators; deleting one is recorded in the audit trail. */
export default class ArticlesController {
  async index({ request, view }: HttpContext) {
    const author = String(request.input('author', '')).trim().slice(0, 40)
    const requested = request.input('status')
    const status = STATUSES.includes(requested)
      ? (requested as (typeof STATUSES)[number])
      : undefined
    const articles = await allArticles({ author, status, page: pageNumber(request.input('page')) })
    articles
      .baseUrl(urlFor('admin.articles.index'))
      .queryString({ ...(author ? { author } : {}), ...(status ? { status } : {}) })
    return view.render('pages/admin/articles/index', { articles, author, status })
  }

  async destroy({ params, auth, bouncer, session, response }: HttpContext) {
    const article = await Article.findOrFail(params.id)
    await bouncer.with('ArticlePolicy').authorize('delete', article)
    await new DeleteArticle().handle(article)
    await new RecordAuditLog().handle({
      actor: auth.getUserOrFail(),
      action: 'article.deleted',
      target: { type: 'article', id: article.id },
      details: { title: article.title, slug: article.slug, authorId: article.authorId },
    })
    session.flash('success', `"${article.title}" has been deleted.`)
    return response.redirect().toRoute('admin.articles.index')
  }
}
