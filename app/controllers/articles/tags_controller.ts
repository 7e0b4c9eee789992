import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import Article from '#models/article'
import Tag from '#models/tag'
import { paginateArticles } from '#services/article_paging'
import { ARTICLES_PER_PAGE, pageNumber } from '#services/page_number'

/** Published articles under one tag, newest first. */
export default class TagsController {
  async show({ params, request, view }: HttpContext) {
    const [name] = Tag.normalizeNames([String(params.name ?? '')])
    const tag = name ? await Tag.findBy('name', name) : null
    // No published article: as far as readers know, the tag does not exist.
    if (!tag || tag.publishedArticlesCount === 0) {
      throw new Exception('No published article has this tag', {
        status: 404,
        code: 'E_TAG_NOT_FOUND',
      })
    }

    const articles = await paginateArticles(
      Article.query().withScopes((scopes) => {
        scopes.published()
        scopes.taggedWith(tag.id)
        scopes.newestPublishedFirst()
      }),
      {
        page: pageNumber(request.input('page')),
        perPage: ARTICLES_PER_PAGE,
        total: tag.publishedArticlesCount,
      },
      (rows) => rows.withScopes((scopes) => scopes.withCommentsCount())
    )
    articles.baseUrl(`/tags/${encodeURIComponent(tag.name)}`)
    return view.render('pages/articles/tag', { name: tag.name, articles })
  }
}
