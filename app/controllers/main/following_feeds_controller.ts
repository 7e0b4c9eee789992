import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Article from '#models/article'
import Tag from '#models/tag'
import { countArticles, paginateArticles } from '#services/article_paging'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'

/** "Your feed": published articles by the authors the signed-in reader follows. */
export default class FollowingFeedsController {
  async index({ request, view, auth }: HttpContext) {
    const reader = auth.getUserOrFail()
    const followed = () =>
      Article.query().withScopes((scopes) => {
        scopes.published()
        scopes.feedFor(reader)
      })
    const articles = await paginateArticles(
      followed().withScopes((scopes) => scopes.newestPublishedFirst()),
      {
        page: pageNumber(request.input('page')),
        perPage: ARTICLES_PER_PAGE,
        total: await countArticles(followed()),
      },
      (rows) => rows.withScopes((scopes) => scopes.withCommentsCount())
    )
    articles.baseUrl(urlFor('main.feed'))

    const tags = await Tag.popular()
    return view.render('pages/main/home', { articles, tags, tab: 'following' })
  }
}
