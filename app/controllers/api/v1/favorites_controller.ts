import type { HttpContext } from '@adonisjs/core/http'
import CreateFavorite from '#actions/favorites/create_favorite'
import DeleteFavorite from '#actions/favorites/delete_favorite'
import { articleResponse } from '#services/api/article_lists'
import { findArticleOrFail } from '#services/api/lookups'

/** POST and DELETE /api/v1/articles/:slug/favorite; both are idempotent. */
export default class FavoritesController {
  async store({ params, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    await new CreateFavorite().handle(user, await findArticleOrFail(params.slug, user))
    // Read back: favoritesCount is kept by a database trigger.
    return articleResponse(await findArticleOrFail(params.slug, user), user)
  }

  async destroy({ params, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    await new DeleteFavorite().handle(user, await findArticleOrFail(params.slug, user))
    return articleResponse(await findArticleOrFail(params.slug, user), user)
  }
}
