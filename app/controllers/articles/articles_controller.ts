import type { HttpContext } from '@adonisjs/core/http'
import Article from '#models/article'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import GetArticlePage from '#actions/articles/get_article_page'
import { createArticleValidator, updateArticleValidator } from '#validators/article'
import { renderMarkdown } from '#services/markdown'
import { pageNumber } from '#services/page_number'

/** Reading, writing, editing and deleting articles in the browser. */
export default class ArticlesController {
  async create({ view, bouncer }: HttpContext) {
    await bouncer.with('ArticlePolicy').authorize('create')
    return view.render('pages/articles/form', { article: null })
  }

  async store({ request, auth, bouncer, session, response }: HttpContext) {
    await bouncer.with('ArticlePolicy').authorize('create')
    const input = await request.validateUsing(createArticleValidator)
    const article = await new CreateArticle().handle(auth.getUserOrFail(), {
      ...input,
      tags: input.tags ?? [],
    })
    session.flash(
      'success',
      article.published ? 'Your article is published.' : 'Your draft is saved.'
    )
    return response.redirect().toRoute('articles.show', { slug: article.slug })
  }

  async show({ params, request, auth, view }: HttpContext) {
    const page = await new GetArticlePage().handle(
      params.slug,
      auth.user ?? null,
      pageNumber(request.input('page'))
    )
    return view.render('pages/articles/show', {
      ...page,
      bodyHtml: renderMarkdown(page.article.body),
      currentUrl: request.url(),
    })
  }

  async edit({ params, auth, bouncer, view }: HttpContext) {
    const article = await this.findVisible(params.slug, auth)
    await bouncer.with('ArticlePolicy').authorize('update', article)
    await article.load('tags')
    return view.render('pages/articles/form', { article })
  }

  async update({ params, request, auth, bouncer, session, response }: HttpContext) {
    const article = await this.findVisible(params.slug, auth)
    await bouncer.with('ArticlePolicy').authorize('update', article)
    const input = await request.validateUsing(updateArticleValidator)
    // The form always sends the tag field: empty means "no tags".
    await new UpdateArticle().handle(article, { ...input, tags: input.tags ?? [] })
    session.flash(
      'success',
      article.published ? 'Your article is updated.' : 'Your draft is saved.'
    )
    return response.redirect().toRoute('articles.show', { slug: article.slug })
  }

  async destroy({ params, auth, bouncer, session, response }: HttpContext) {
    const article = await this.findVisible(params.slug, auth)
    await bouncer.with('ArticlePolicy').authorize('delete', article)
    await new DeleteArticle().handle(article)
    session.flash('success', 'The article has been deleted.')
    return response.redirect().toRoute('main.home')
  }

  /** Someone else's draft is a 404, exactly like a missing article. */
  private findVisible(slug: string, auth: HttpContext['auth']) {
    return Article.query()
      .where('slug', slug)
      .withScopes((scopes) => scopes.visibleTo(auth.user ?? null))
      .firstOrFail()
  }
}
