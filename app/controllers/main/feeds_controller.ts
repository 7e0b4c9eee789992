import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { listArticles } from '#queries/article_list'
import { popularTags } from '#queries/tags'
import { ARTICLES_PER_PAGE, digestOf, pageWindow } from '#queries/shapes'
import { pageValidator } from '#validators/page'
import { listPage } from '#controllers/concerns/list_pages'
import { listingMetadata } from '#services/page_metadata'
import { cachedFragment } from '#services/rendered_fragments'

const HOME_TITLE = 'Long-form articles by independent writers'
const HOME_DESCRIPTION =
  'Folio is a multi-author publishing platform: read, write and discuss long-form articles, newest first.'

/** The home page: every published article, newest first, with the popular tags. */
export default class FeedsController {
  async index({ request, view, viewer, guestRender }: HttpContext) {
    const query = await request.validateUsing(pageValidator)
    const { page } = query
    const list = await listArticles({
      viewer,
      page: pageWindow(page, ARTICLES_PER_PAGE),
      include: { commentsCount: true },
      digest: !viewer,
    })
    const tags = await popularTags()
    const articles = listPage(list, query, ARTICLES_PER_PAGE, urlFor('main.home'))

    const drawPage = async () =>
      view.render('pages/main/home', {
        articles,
        // Cards drawn for a reader who is not signed in depend on the rows alone: kept under their digest.
        guestCardsHtml:
          list.digest && !articles.isEmpty
            ? await cachedFragment(`home-cards:${list.digest}`, () =>
                view.render('partials/article_cards', { articles })
              )
            : null,
        tags,
        tab: 'global',
        title: HOME_TITLE,
        description: HOME_DESCRIPTION,
        meta: listingMetadata(
          urlFor('main.home', {}, { qs: page > 1 ? { page } : {} }),
          HOME_TITLE,
          HOME_DESCRIPTION
        ),
      })

    if (!guestRender || !list.digest) return drawPage()
    // A guest render depends on its rows, their total (the pages), the popular tags and the page number alone.
    const tagsDigest = digestOf(JSON.stringify(tags))
    return cachedFragment(`home:${page}:${list.total}:${list.digest}:${tagsDigest}`, drawPage)
  }
}
