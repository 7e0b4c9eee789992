import { createHash } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import { listArticles } from '#queries/article_list'
import type { ArticleRow } from '#queries/shapes'
import { atomFeed } from '#services/atom_feed'

const FEED_SIZE = 20

/** The Atom feed of the latest published articles. */
export default class AtomFeedsController {
  async show({ response }: HttpContext) {
    const { rows: articles } = await listArticles({
      page: { limit: FEED_SIZE, offset: 0 },
      include: { body: true },
      count: false,
    })

    // Feed readers poll: one that already has this version gets a 304,
    // before any Markdown is rendered.
    response.header('etag', feedVersion(articles))
    response.header('cache-control', 'public, max-age=300')
    if (response.fresh()) return response.notModified()

    response.header('content-type', 'application/atom+xml; charset=utf-8')
    return atomFeed(articles)
  }
}

/**
 * A weak ETag over what the entries show: which articles, their last edit,
 * their author's name and their tags (neither moves `updatedAt`).
 */
function feedVersion(articles: ArticleRow[]) {
  const hash = createHash('sha1')
  for (const article of articles) {
    hash.update(
      [article.id, article.updatedAt, article.author.username, ...article.tagList]
        .join(':')
        .concat('\n')
    )
  }
  return `W/"${hash.digest('base64url')}"`
}
