import type User from '#models/user'
import type Article from '#models/article'
import { articleVisibleTo } from '#queries/articles'
import { commentJson } from '#queries/comments'
import { notFound, type CommentRow } from '#queries/shapes'
import { selectRows, sql } from '#queries/sql'
import { notifyWriterOfComment } from '#actions/notifications/notify_writer'

/**
 * Adds a visible comment by `author` under an article they may see: one
 * statement finds the article by its slug, inserts the comment and answers
 * it as the read layer shapes comments (a 404 when there is no such article
 * for them, e.g. someone else's draft). The article's writer is notified.
 */
export default class CreateComment {
  async handle(author: User, article: Pick<Article, 'slug'>, body: string): Promise<CommentRow> {
    const [row] = await selectRows<{ comment: CommentRow }>(sql`
      WITH c AS (
        INSERT INTO comments (article_id, author_id, body, status, created_at, updated_at)
        SELECT a.id, ${author.id}, ${body}, 'visible', now(), now()
        FROM articles a WHERE a.slug = ${article.slug} AND ${articleVisibleTo(author)}
        RETURNING *
      ),
      notified AS (${notifyWriterOfComment('c')})
      SELECT ${commentJson(null)} AS comment FROM c`)
    if (!row) throw notFound('Article')
    return row.comment
  }
}
