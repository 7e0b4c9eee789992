import type { HttpContext } from '@adonisjs/core/http'
import ArticleTransformer from '#transformers/article_transformer'
import { articleFlags, listFeed } from '#services/api/article_lists'
import { apiPageValidator, DEFAULT_LIMIT } from '#validators/api'

/** GET /api/v1/articles/feed: articles by the authors the signed-in user follows. */
export default class FeedArticlesController {
  async index({ request, auth }: HttpContext) {
    const { limit, offset } = await request.validateUsing(apiPageValidator)
    const viewer = auth.getUserOrFail()
    const { articles, total } = await listFeed(viewer, {
      limit: limit ?? DEFAULT_LIMIT,
      offset: offset ?? 0,
    })
    const flags = await articleFlags(viewer, articles)
    return {
      articles: articles.map((article) => ArticleTransformer.listItem(article, flags(article))),
      articlesCount: total,
    }
  }
}
