import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Tag from '#models/tag'
import { listArticles } from '#queries/article_list'
import { findPublishedTag } from '#queries/tags'
import { ARTICLES_PER_PAGE, found, pageWindow } from '#queries/shapes'
import { pageValidator } from '#validators/page'
import { listPage } from '#controllers/concerns/list_pages'
import { listingMetadata } from '#services/page_metadata'

/** Published articles under one tag, newest first. */
export default class TagsController {
  async show({ params, request, view, viewer }: HttpContext) {
    const [name] = Tag.normalizeNames([String(params.name ?? '')])
    // No published article: as far as readers know, the tag does not exist.
    const tag = found(name ? await findPublishedTag(name) : null, 'Tag')
    const query = await request.validateUsing(pageValidator)
    const { page } = query

    const list = await listArticles({
      filters: { tag },
      viewer,
      page: pageWindow(page, ARTICLES_PER_PAGE),
      include: { commentsCount: true },
    })
    const url = urlFor('articles.tags.show', { name: tag.name })
    const articles = listPage(list, query, ARTICLES_PER_PAGE, url)
    const path = urlFor('articles.tags.show', { name: tag.name }, { qs: page > 1 ? { page } : {} })
    const title = `Articles tagged “${tag.name}”`
    const description = `${tag.name}: every published article on Folio with this tag, newest first.`
    const meta = listingMetadata(path, title, description)
    return view.render('pages/articles/tag', { name: tag.name, articles, title, description, meta })
  }
}
