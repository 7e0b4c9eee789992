import type { HttpContext } from '@adonisjs/core/http'
import { listArticles } from '#queries/article_list'
import ArticleTransformer from '#transformers/article_transformer'
import { apiPageValidator, pageWindowOf } from '#validators/api'

/** Articles by the authors the signed-in user follows. */
export default class FeedArticlesController {
  async index({ request, auth }: HttpContext) {
    const page = await request.validateUsing(apiPageValidator)
    const viewer = auth.getUserOrFail()
    const articles = await listArticles({
      filters: { followedBy: viewer.id },
      viewer,
      page: pageWindowOf(page),
    })
    return ArticleTransformer.list(articles)
  }
}
