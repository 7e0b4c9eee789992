import type { HttpContext } from '@adonisjs/core/http'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import { listArticles } from '#queries/article_list'
import { findArticle, findArticleModel } from '#queries/articles'
import ArticleTransformer from '#transformers/article_transformer'
import {
  apiCreateArticleValidator,
  apiListArticlesValidator,
  apiUpdateArticleValidator,
  pageWindowOf,
} from '#validators/api'
import { parsePublishAt } from '#validators/article'

/** The RealWorld articles: listing, reading and writing. */
export default class ArticlesController {
  /** Published articles, newest first (best match first with `q`); `author` lists a writer's drafts to them and to moderators. */
  async index({ request, viewer }: HttpContext) {
    const { tag, author, favorited, q, ...page } =
      await request.validateUsing(apiListArticlesValidator)
    const articles = await listArticles({
      filters: { tag, author, favoritedBy: favorited, q },
      scope: author ? 'writer' : 'public',
      viewer,
      page: pageWindowOf(page),
    })
    return ArticleTransformer.list(articles)
  }

  async show({ params, viewer }: HttpContext) {
    return ArticleTransformer.one(await findArticle(params.slug, viewer))
  }

  async store({ request, response, auth, bouncer }: HttpContext) {
    await bouncer.with('ArticlePolicy').authorize('create')
    const { article: input } = await request.validateUsing(apiCreateArticleValidator)
    const author = auth.getUserOrFail()
    const { tagList, publishAt, ...fields } = input
    const article = await new CreateArticle().handle(author, {
      ...fields,
      tags: tagList,
      publishAt:
        publishAt === undefined ? undefined : parsePublishAt(publishAt, 'article.publishAt'),
    })
    return response.created(ArticleTransformer.one(await findArticle(article.slug, author)))
  }

  async update({ params, request, auth, bouncer }: HttpContext) {
    const viewer = auth.getUserOrFail()
    const article = await findArticleModel(params.slug, viewer)
    await bouncer.with('ArticlePolicy').authorize('update', article)
    const { article: input } = await request.validateUsing(apiUpdateArticleValidator)
    const { tagList, publishAt, ...changes } = input
    // null cancels a schedule; a time must be in the future.
    const schedule =
      publishAt === null || publishAt === undefined
        ? publishAt
        : parsePublishAt(publishAt, 'article.publishAt')
    await new UpdateArticle().handle(
      article,
      { ...changes, tags: tagList, publishAt: schedule },
      { editor: viewer }
    )
    return ArticleTransformer.one(await findArticle(article.slug, viewer))
  }

  async destroy({ params, response, auth, bouncer }: HttpContext) {
    const article = await findArticleModel(params.slug, auth.getUserOrFail())
    await bouncer.with('ArticlePolicy').authorize('delete', article)
    await new DeleteArticle().handle(article)
    return response.noContent()
  }
}
