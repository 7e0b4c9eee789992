import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Article from '#models/article'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'
import { popularTags } from '#services/popular_tags'

/** "Your feed": published articles by the authors the signed-in reader follows. */
export default class FollowingFeedsController {
  async index({ request, view, auth }: HttpContext) {
    const articles = await Article.query()
      .apply((scopes) => {
        scopes.published()
        scopes.feedFor(auth.getUserOrFail())
        scopes.withAuthorAndTags()
        scopes.withCommentsCount()
        scopes.newestPublishedFirst()
      })
      .paginate(pageNumber(request.input('page')), ARTICLES_PER_PAGE)
    articles.baseUrl(urlFor('main.feed'))

    return view.render('pages/main/home', { articles, tags: await popularTags(), tab: 'following' })
  }
}
