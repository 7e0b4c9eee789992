import type { HttpContext } from '@adonisjs/core/http'
import CreateFavorite from '#actions/favorites/create_favorite'
import DeleteFavorite from '#actions/favorites/delete_favorite'
import { findArticle, findArticleModel } from '#queries/articles'
import ArticleTransformer from '#transformers/article_transformer'

/** Favoriting an article and taking it back; both are idempotent. */
export default class FavoritesController {
  async store({ params, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    await new CreateFavorite().handle(user, await findArticleModel(params.slug, user))
    // Read back: favoritesCount is kept by a database trigger.
    return ArticleTransformer.one(await findArticle(params.slug, user))
  }

  async destroy({ params, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    await new DeleteFavorite().handle(user, await findArticleModel(params.slug, user))
    return ArticleTransformer.one(await findArticle(params.slug, user))
  }
}
