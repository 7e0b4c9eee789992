import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Article from '#models/article'
import Tag from '#models/tag'
import { paginateArticles } from '#services/article_paging'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'

/** The home page: every published article, newest first, with the popular tags. */
export default class FeedsController {
  async index({ request, view }: HttpContext) {
    const articles = await paginateArticles(
      Article.query().withScopes((scopes) => {
        scopes.published()
        scopes.newestPublishedFirst()
      }),
      {
        page: pageNumber(request.input('page')),
        perPage: ARTICLES_PER_PAGE,
        total: await Article.publishedCount(),
      },
      (rows) => rows.withScopes((scopes) => scopes.withCommentsCount())
    )
    articles.baseUrl(urlFor('main.home'))

    const tags = await Tag.popular()
    return view.render('pages/main/home', { articles, tags, tab: 'global' })
  }
}
