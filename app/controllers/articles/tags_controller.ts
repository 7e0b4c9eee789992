import type { HttpContext } from '@adonisjs/core/http'
import Article from '#models/article'
import Tag from '#models/tag'
import { Exception } from '@adonisjs/core/exceptions'
import { pageNumber } from '#services/page_number'

const ARTICLES_PER_PAGE = 10

/** Published articles under one tag, newest first. */
export default class TagsController {
  async show({ params, request, view }: HttpContext) {
    const [name] = Tag.normalizeNames([String(params.name ?? '')])
    if (!name) throw this.notFound()

    const articles = await Article.query()
      .withScopes((scopes) => {
        scopes.published()
        scopes.withAuthorAndTags()
        scopes.newestPublishedFirst()
      })
      .whereHas('tags', (tags) => tags.where('name', name))
      .withScopes((scopes) => scopes.withCommentsCount())
      .paginate(pageNumber(request.input('page')), ARTICLES_PER_PAGE)
    // No published article: as far as readers know, the tag does not exist.
    if (articles.total === 0) throw this.notFound()

    articles.baseUrl(`/tags/${encodeURIComponent(name)}`)
    return view.render('pages/articles/tag', { name, articles })
  }

  private notFound() {
    return new Exception('No published article has this tag', {
      status: 404,
      code: 'E_TAG_NOT_FOUND',
    })
  }
}
