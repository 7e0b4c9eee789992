import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { listArticles } from '#queries/article_list'
import { findProfile } from '#queries/profiles'
import { ARTICLES_PER_PAGE, paginate, pageWindow } from '#queries/shapes'
import { pageValidator } from '#validators/page'
import { profileMetadata } from '#services/page_metadata'

/** A member's public page: their articles (and their drafts, for them and moderators). */
export default class ProfilesController {
  async show({ params, request, view, viewer }: HttpContext) {
    const profile = await findProfile(params.username, viewer)
    const { page } = await request.validateUsing(pageValidator)

    const list = await listArticles({
      filters: { authorId: profile.id },
      scope: 'writer',
      viewer,
      page: pageWindow(page, ARTICLES_PER_PAGE),
      include: { commentsCount: true },
    })
    const articles = paginate(list, page, ARTICLES_PER_PAGE).baseUrl(
      urlFor('profiles.show', { username: profile.username })
    )
    const meta = profileMetadata(profile)
    return view.render('pages/profiles/show', { profile, articles, tab: 'articles', meta })
  }
}
