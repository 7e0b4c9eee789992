import { createHash } from 'node:crypto'
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

    // Feed readers poll: one that already has this version gets a 304,
    // before any Markdown is rendered.
    response.header('etag', feedVersion(articles))
    response.header('cache-control', 'public, max-age=300')
    if (response.fresh()) return response.notModified()

    response.header('content-type', 'application/atom+xml; charset=utf-8')
    return atomFeed(articles, appUrl)
  }
}

/**
 * A weak ETag over what the entries show: which articles, their last edit,
 * their author's name and their tags (neither moves `updatedAt`).
 */
function feedVersion(articles: Article[]) {
  const hash = createHash('sha1')
  for (const article of articles) {
    hash.update(
      [article.id, article.updatedAt?.toMillis(), article.author.username, ...article.tagList]
        .join(':')
        .concat('\n')
    )
  }
  return `W/"${hash.digest('base64url')}"`
}
