import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Article from '#models/article'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'
import { highlightMarkers, renderHighlight } from '#services/search_highlight'

/** Longer queries add nothing to ranking but cost parsing time. */
const MAX_QUERY_LENGTH = 200

/** Full-text search over published articles, best match first, with highlighted excerpts. */
export default class SearchesController {
  async index({ request, view }: HttpContext) {
    const raw = request.input('q')
    const q = (typeof raw === 'string' ? raw : '').trim().slice(0, MAX_QUERY_LENGTH)
    if (!q) return view.render('pages/main/search', { q, results: null })

    const markers = highlightMarkers()
    const results = await Article.query()
      .apply((scopes) => {
        scopes.listColumns()
        scopes.published()
        scopes.search(q, markers)
        scopes.withAuthorAndTags()
        scopes.withCommentsCount()
      })
      .paginate(pageNumber(request.input('page')), ARTICLES_PER_PAGE)
    results.baseUrl(urlFor('main.search')).queryString({ q })

    return view.render('pages/main/search', {
      q,
      results,
      excerpt: (article: Article) => renderHighlight(article.$extras.snippet, markers),
    })
  }
}
