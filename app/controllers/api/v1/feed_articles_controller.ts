import type { HttpContext } from '@adonisjs/core/http'
import { articleListResponse, listFeed } from '#services/api/article_lists'
import { apiPageValidator, DEFAULT_LIMIT } from '#validators/api'

/** GET /api/v1/articles/feed: articles by the authors the signed-in user follows. */
export default class FeedArticlesController {
  async index({ request, auth }: HttpContext) {
    const { limit, offset } = await request.validateUsing(apiPageValidator)
    const viewer = auth.getUserOrFail()
    const page = await listFeed(viewer, { limit: limit ?? DEFAULT_LIMIT, offset: offset ?? 0 })
    return articleListResponse(viewer, page)
  }
}
