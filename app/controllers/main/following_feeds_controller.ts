import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { listArticles } from '#queries/article_list'
import { popularTags } from '#queries/tags'
import { ARTICLES_PER_PAGE, pageWindow } from '#queries/shapes'
import { pageValidator } from '#validators/page'
import { listPage } from '#controllers/concerns/list_pages'

/** "Your feed": published articles by the authors the signed-in reader follows. */
export default class FollowingFeedsController {
  async index({ request, view, auth, viewer }: HttpContext) {
    const reader = auth.getUserOrFail()
    const query = await request.validateUsing(pageValidator)
    const list = await listArticles({
      filters: { followedBy: reader.id },
      viewer,
      page: pageWindow(query.page, ARTICLES_PER_PAGE),
      include: { commentsCount: true },
    })
    const tags = await popularTags()
    const articles = listPage(list, query, ARTICLES_PER_PAGE, urlFor('main.feed'))
    return view.render('pages/main/home', { articles, tags, tab: 'following' })
  }
}
