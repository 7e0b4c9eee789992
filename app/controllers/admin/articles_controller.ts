import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { findArticleModelById } from '#queries/articles'
import DeleteArticle from '#actions/articles/delete_article'
import { listArticles } from '#queries/article_list'
import { ADMIN_PER_PAGE } from '#queries/admin'
import { pageWindow } from '#queries/shapes'
import { adminArticlesValidator } from '#validators/admin'
import { listPage } from '#controllers/concerns/list_pages'

/** Every article, drafts included, for moderators; deleting one is recorded in the audit trail. */
export default class ArticlesController {
  async index({ request, view }: HttpContext) {
    const query = await request.validateUsing(adminArticlesValidator)
    const { author, status, page } = query
    const list = await listArticles({
      filters: { author, status },
      scope: 'all',
      order: 'created',
      include: { commentsCount: true },
      page: pageWindow(page, ADMIN_PER_PAGE),
    })
    const articles = listPage(list, query, ADMIN_PER_PAGE, urlFor('admin.articles.index'))
    return view.render('pages/admin/articles/index', { articles, author, status })
  }

  async destroy({ params, auth, bouncer, session, response }: HttpContext) {
    const article = await findArticleModelById(params.id)
    await bouncer.with('ArticlePolicy').authorize('delete', article)
    await new DeleteArticle().handle(article, auth.getUserOrFail())
    session.flash('success', `"${article.title}" has been deleted.`)
    return response.redirect().toRoute('admin.articles.index')
  }
}
