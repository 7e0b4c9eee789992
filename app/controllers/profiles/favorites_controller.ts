import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { listArticles } from '#queries/article_list'
import { findProfile } from '#queries/profiles'
import { ARTICLES_PER_PAGE, paginate, pageWindow } from '#queries/shapes'
import { pageValidator } from '#validators/page'
import { profileMetadata } from '#services/page_metadata'

/** The "Favorites" tab of a profile: the published articles this member liked, most recent first. */
export default class FavoritesController {
  async index({ params, request, view, viewer }: HttpContext) {
    const profile = await findProfile(params.username, viewer)
    const { page } = await request.validateUsing(pageValidator)

    const list = await listArticles({
      filters: { favoritedBy: profile.id },
      order: 'favorited',
      viewer,
      page: pageWindow(page, ARTICLES_PER_PAGE),
      include: { commentsCount: true },
    })
    const articles = paginate(list, page, ARTICLES_PER_PAGE).baseUrl(
      urlFor('profiles.favorites.index', { username: profile.username })
    )
    const meta = profileMetadata(
      profile,
      urlFor('profiles.favorites.index', { username: profile.username })
    )
    return view.render('pages/profiles/show', { profile, articles, tab: 'favorites', meta })
  }
}
