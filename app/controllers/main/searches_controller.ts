import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Article from '#models/article'
import {
  articlePaginator,
  countArticles,
  countedArticlesPage,
  pageWindow,
} from '#services/article_paging'
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

    const page = pageNumber(request.input('page'))
    const matches = () =>
      Article.query().withScopes((scopes) => {
        scopes.published()
        scopes.matching(q)
      })
    const markers = highlightMarkers()
    const found = await countedArticlesPage(
      matches()
        .withScopes((scopes) => scopes.bestMatchFirst(q))
        .orderBy('articles.id', 'desc'),
      pageWindow(page, ARTICLES_PER_PAGE),
      () => countArticles(matches()),
      (rows) =>
        rows.withScopes((scopes) => {
          scopes.withCommentsCount()
          scopes.withSnippet(q, markers)
        })
    )
    const results = articlePaginator(found, page, ARTICLES_PER_PAGE)
    results.baseUrl(urlFor('main.search')).queryString({ q })

    return view.render('pages/main/search', {
      q,
      results,
      excerpt: (article: Article) => renderHighlight(article.$extras.snippet, markers),
    })
  }
}
