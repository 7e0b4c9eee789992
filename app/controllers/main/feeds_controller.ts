import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Article from '#models/article'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'
import { popularTags } from '#services/popular_tags'

/** The home page: every published article, newest first, with the popular tags. */
export default class FeedsController {
  async index({ request, view }: HttpContext) {
    const articles = await Article.query()
      .apply((scopes) => {
        scopes.published()
        scopes.withAuthorAndTags()
        scopes.withCommentsCount()
        scopes.newestPublishedFirst()
      })
      .paginate(pageNumber(request.input('page')), ARTICLES_PER_PAGE)
    articles.baseUrl(urlFor('main.home'))

    return view.render('pages/main/home', { articles, tags: await popularTags(), tab: 'global' })
  }
}
