import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import Article from '#models/article'
import User from '#models/user'
import { followedUserIds } from '#services/viewer_relations'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'

/** The "Favorites" tab of a profile: what this member liked, most recent first. */
export default class FavoritesController {
  async index({ params, request, auth, view }: HttpContext) {
    const profile = await User.findByUsername(params.username)
    if (!profile)
      throw new Exception('Profile not found', { status: 404, code: 'E_PROFILE_NOT_FOUND' })
    const viewer = auth.user ?? null

    const articles = await Article.query()
      .withScopes((scopes) => scopes.listColumns())
      .join('favorites', 'favorites.article_id', 'articles.id')
      .where('favorites.user_id', profile.id)
      .withScopes((scopes) => {
        scopes.visibleTo(viewer)
        scopes.withAuthorAndTags()
      })
      .withScopes((scopes) => scopes.withCommentsCount())
      .orderBy('favorites.created_at', 'desc')
      .orderBy('articles.id', 'desc')
      .paginate(pageNumber(request.input('page')), ARTICLES_PER_PAGE)
    articles.baseUrl(`/profiles/${encodeURIComponent(profile.username)}/favorites`)
    const followed = await followedUserIds(viewer, [profile.id])
    const following = followed.has(profile.id)

    return view.render('pages/profiles/show', { profile, articles, following, tab: 'favorites' })
  }
}
