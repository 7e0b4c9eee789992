import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import Article from '#models/article'
import User from '#models/user'
import { followedUserIds } from '#services/viewer_relations'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'

/** A member's public page: their articles (and their drafts, for them and moderators). */
export default class ProfilesController {
  async show({ params, request, auth, view }: HttpContext) {
    const profile = await User.findByUsername(params.username)
    if (!profile)
      throw new Exception('Profile not found', { status: 404, code: 'E_PROFILE_NOT_FOUND' })
    const viewer = auth.user ?? null

    const articles = await Article.query()
      .where('articles.author_id', profile.id)
      .withScopes((scopes) => {
        scopes.listColumns()
        scopes.visibleTo(viewer)
        scopes.withAuthorAndTags()
        scopes.newestFirst()
      })
      .withScopes((scopes) => scopes.withCommentsCount())
      .paginate(pageNumber(request.input('page')), ARTICLES_PER_PAGE)
    articles.baseUrl(`/profiles/${encodeURIComponent(profile.username)}`)
    const followed = await followedUserIds(viewer, [profile.id])
    const following = followed.has(profile.id)

    return view.render('pages/profiles/show', { profile, articles, following, tab: 'articles' })
  }
}
