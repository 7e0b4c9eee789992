import type { HttpContext } from '@adonisjs/core/http'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import { articleListResponse, articleResponse, listArticles } from '#services/api/article_lists'
import { findArticleOrFail, optionalViewer } from '#services/api/lookups'
import {
  apiCreateArticleValidator,
  apiListArticlesValidator,
  apiUpdateArticleValidator,
  DEFAULT_LIMIT,
} from '#validators/api'

/** /api/v1/articles: the RealWorld article list, reading and writing. */
export default class ArticlesController {
  async index(ctx: HttpContext) {
    const { limit, offset, ...filters } = await ctx.request.validateUsing(apiListArticlesValidator)
    const viewer = await optionalViewer(ctx)
    const page = await listArticles(viewer, filters, {
      limit: limit ?? DEFAULT_LIMIT,
      offset: offset ?? 0,
    })
    return articleListResponse(viewer, page)
  }

  async show(ctx: HttpContext) {
    const viewer = await optionalViewer(ctx)
    return articleResponse(await findArticleOrFail(ctx.params.slug, viewer), viewer)
  }

  async store({ request, response, auth, bouncer }: HttpContext) {
    await bouncer.with('ArticlePolicy').authorize('create')
    const { article: input } = await request.validateUsing(apiCreateArticleValidator)
    const author = auth.getUserOrFail()
    const { tagList, ...fields } = input
    const article = await new CreateArticle().handle(author, { ...fields, tags: tagList })
    // Columns the database defaults (views, favorites_count) come back with a refresh.
    await article.refresh()
    return response.created(await articleResponse(article, author))
  }

  async update({ params, request, auth, bouncer }: HttpContext) {
    const viewer = auth.getUserOrFail()
    const article = await findArticleOrFail(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('update', article)
    const { article: input } = await request.validateUsing(apiUpdateArticleValidator)
    const { tagList, ...changes } = input
    await new UpdateArticle().handle(article, { ...changes, tags: tagList })
    return articleResponse(article, viewer)
  }

  async destroy({ params, response, auth, bouncer }: HttpContext) {
    const article = await findArticleOrFail(params.slug, auth.getUserOrFail())
    await bouncer.with('ArticlePolicy').authorize('delete', article)
    await new DeleteArticle().handle(article)
    return response.noContent()
  }
}
