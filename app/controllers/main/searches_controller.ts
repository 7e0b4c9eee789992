import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { listArticles } from '#queries/article_list'
import { ARTICLES_PER_PAGE, pageWindow, type ArticleRow } from '#queries/shapes'
import { highlightMarkers, renderHighlight } from '#services/search_highlight'
import { searchValidator } from '#validators/page'
import { listPage } from '#controllers/concerns/list_pages'

/** Full-text search over published articles, best match first, with highlighted excerpts. */
export default class SearchesController {
  async index({ request, view, viewer }: HttpContext) {
    const query = await request.validateUsing(searchValidator)
    const { q, page } = query
    if (!q) return view.render('pages/main/search', { q, results: null })

    const markers = highlightMarkers()
    const list = await listArticles({
      filters: { q },
      order: 'bestMatch',
      viewer,
      page: pageWindow(page, ARTICLES_PER_PAGE),
      include: { commentsCount: true, snippet: markers },
    })
    const results = listPage(list, query, ARTICLES_PER_PAGE, urlFor('main.search'))

    return view.render('pages/main/search', {
      q,
      results,
      excerpt: (article: ArticleRow) => renderHighlight(article.snippet, markers),
    })
  }
}
