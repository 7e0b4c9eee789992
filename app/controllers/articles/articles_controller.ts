import type { HttpContext } from '@adonisjs/core/http'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import RecordArticleView from '#actions/articles/record_article_view'
import StoreImage from '#actions/uploads/store_image'
import DeleteImage from '#actions/uploads/delete_image'
import { findArticleModel, findArticleWithComments } from '#queries/articles'
import { paginate, pageWindow } from '#queries/shapes'
import { createArticleValidator, updateArticleValidator } from '#validators/article'
import { pageValidator } from '#validators/page'
import { renderArticleBody } from '#services/markdown'

const COMMENTS_PER_PAGE = 30

/** Reading, writing, editing and deleting articles in the browser. */
export default class ArticlesController {
  async create({ view, bouncer }: HttpContext) {
    await bouncer.with('ArticlePolicy').authorize('create')
    return view.render('pages/articles/form', { article: null })
  }

  async store({ request, auth, bouncer, session, response }: HttpContext) {
    await bouncer.with('ArticlePolicy').authorize('create')
    const { cover, ...input } = await request.validateUsing(createArticleValidator)
    const author = auth.getUserOrFail()
    const coverImage = cover
      ? await new StoreImage().handle(author, cover, { kind: 'cover', field: 'cover' })
      : null
    const article = await new CreateArticle()
      .handle(author, { ...input, tags: input.tags ?? [], coverImage })
      .catch(async (error) => {
        await new DeleteImage().handle(coverImage)
        throw error
      })
    session.flash(
      'success',
      article.published ? 'Your article is published.' : 'Your draft is saved.'
    )
    return response.redirect().toRoute('articles.show', { slug: article.slug })
  }

  /** The article (404 when the viewer may not see it) and one page of its comments; counts the view. */
  async show({ params, request, view, viewer }: HttpContext) {
    const { page } = await request.validateUsing(pageValidator)
    const { article, comments } = await findArticleWithComments(
      params.slug,
      viewer,
      pageWindow(page, COMMENTS_PER_PAGE)
    )
    article.views = new RecordArticleView().handle(article)

    return view.render('pages/articles/show', {
      article,
      comments: paginate(comments, page, COMMENTS_PER_PAGE),
      bodyHtml: renderArticleBody(article),
      currentUrl: request.url(),
    })
  }

  async edit({ params, bouncer, view, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('update', article)
    await article.load('tags')
    return view.render('pages/articles/form', { article })
  }

  async update({ params, request, auth, bouncer, session, response, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('update', article)
    const {
      cover,
      remove_cover: removeCover,
      ...input
    } = await request.validateUsing(updateArticleValidator)
    const coverImage = cover
      ? await new StoreImage().handle(auth.getUserOrFail(), cover, {
          kind: 'cover',
          field: 'cover',
        })
      : removeCover
        ? null
        : undefined
    // The form always sends the tag field: empty means "no tags".
    await new UpdateArticle()
      .handle(article, { ...input, tags: input.tags ?? [], coverImage })
      .catch(async (error) => {
        await new DeleteImage().handle(coverImage)
        throw error
      })
    session.flash(
      'success',
      article.published ? 'Your article is updated.' : 'Your draft is saved.'
    )
    return response.redirect().toRoute('articles.show', { slug: article.slug })
  }

  async destroy({ params, bouncer, session, response, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('delete', article)
    await new DeleteArticle().handle(article)
    session.flash('success', 'The article has been deleted.')
    return response.redirect().toRoute('main.home')
  }
}
