import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import type Article from '#models/article'
import CreateFavorite from '#actions/favorites/create_favorite'
import DeleteFavorite from '#actions/favorites/delete_favorite'
import { findArticleModel } from '#queries/articles'
import { safeNextPath } from '#services/safe_redirect'

/** A signed-in reader's favorite mark on an article; back to the page the button was on. */
export default class FavoritesController {
  async store({ params, request, response, auth, session, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await new CreateFavorite().handle(auth.getUserOrFail(), article)
    session.flash('success', 'Added to your favorites.')
    return response.redirect(safeNextPath(request.input('next')) ?? articleUrl(article))
  }

  async destroy({ params, request, response, auth, session, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    await new DeleteFavorite().handle(auth.getUserOrFail(), article)
    session.flash('success', 'Removed from your favorites.')
    return response.redirect(safeNextPath(request.input('next')) ?? articleUrl(article))
  }
}

function articleUrl(article: Article) {
  return urlFor('articles.show', { slug: article.slug })
}
