import type { HttpContext } from '@adonisjs/core/http'
import Article from '#models/article'
import { appUrl } from '#config/app'
import { atomFeed } from '#services/atom_feed'

const FEED_SIZE = 20

/** /feed.xml: the Atom feed of the latest published articles. */
export default class AtomFeedsController {
  async show({ response }: HttpContext) {
    const articles = await Article.query()
      .apply((scopes) => {
        scopes.published()
        scopes.withAuthorAndTags()
        scopes.newestPublishedFirst()
      })
      .limit(FEED_SIZE)

    response.header('content-type', 'application/atom+xml; charset=utf-8')
    return atomFeed(articles, appUrl)
  }
}
