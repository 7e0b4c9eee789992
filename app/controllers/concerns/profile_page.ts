import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { listArticles, type ArticleListQuery } from '#queries/article_list'
import { findProfile } from '#queries/profiles'
import { ARTICLES_PER_PAGE, pageWindow, type ProfileRow } from '#queries/shapes'
import { pageValidator } from '#validators/page'
import { profileMetadata } from '#services/page_metadata'
import { listPage } from '#controllers/concerns/list_pages'

/** The tabs of a profile page: where each one lives and which articles it lists. */
const TABS = {
  // Their articles, and their drafts for them and moderators (the `writer` scope).
  articles: {
    url: (username: string) => urlFor('profiles.show', { username }),
    list: (profile: ProfileRow) => ({ filters: { authorId: profile.id }, scope: 'writer' }),
  },
  // The published articles they liked, most recent like first.
  favorites: {
    url: (username: string) => urlFor('profiles.favorites.index', { username }),
    list: (profile: ProfileRow) => ({ filters: { favoritedBy: profile.id }, order: 'favorited' }),
  },
} satisfies Record<
  string,
  { url: unknown; list: (profile: ProfileRow) => Partial<ArticleListQuery> }
>

/**
 * pages/profiles/show.edge with one tab open: the profile, a page of the
 * tab's articles, and page links and metadata on the tab's own address.
 */
export async function renderProfilePage(
  { params, request, view, viewer }: HttpContext,
  tab: keyof typeof TABS
) {
  const profile = await findProfile(params.username, viewer)
  const query = await request.validateUsing(pageValidator)
  const url = TABS[tab].url(profile.username)

  const list = await listArticles({
    ...TABS[tab].list(profile),
    viewer,
    page: pageWindow(query.page, ARTICLES_PER_PAGE),
    include: { commentsCount: true },
  })
  const articles = listPage(list, query, ARTICLES_PER_PAGE, url)
  const meta = profileMetadata(profile, url)
  return view.render('pages/profiles/show', { profile, articles, tab, meta })
}
