import type { HttpContext } from '@adonisjs/core/http'
import { findArticle } from '#queries/articles'
import { shareCardFor } from '#services/share_card'

/**
 * An article's share card: the picture link previews show for an
 * article without a cover image. Published articles only (crawlers have no
 * session); cached by browsers and crawlers for a day.
 */
export default class ShareCardsController {
  async show({ params, response }: HttpContext) {
    const article = await findArticle(params.slug, null)
    const png = await shareCardFor(article)
    response.header('content-type', 'image/png')
    response.header('cache-control', 'public, max-age=86400')
    return response.send(png)
  }
}
