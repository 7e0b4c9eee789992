import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Tag from '#models/tag'
import { articlePaginator, pageWindow, publishedFeedPage } from '#services/article_paging'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'

/** The home page: every published article, newest first, with the popular tags. */
export default class FeedsController {
  async index({ request, view }: HttpContext) {
    const page = pageNumber(request.input('page'))
    const articles = articlePaginator(
      await publishedFeedPage(pageWindow(page, ARTICLES_PER_PAGE), (query) =>
        query.withScopes((scopes) => scopes.withCommentsCount())
      ),
      page,
      ARTICLES_PER_PAGE
    )
    articles.baseUrl(urlFor('main.home'))

    const tags = await Tag.popular()
    return view.render('pages/main/home', { articles, tags, tab: 'global' })
  }
}
