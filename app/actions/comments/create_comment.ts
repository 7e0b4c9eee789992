import Comment from '#models/comment'
import type User from '#models/user'
import type Article from '#models/article'
import { articleVisibleTo } from '#queries/articles'
import { notFound } from '#queries/shapes'
import { selectRows, sql } from '#queries/sql'

/**
 * Adds a visible comment by `author` under an article they may see: one
 * statement finds the article by its slug and inserts the comment (a 404
 * when there is no such article for them, e.g. someone else's draft).
 */
export default class CreateComment {
  async handle(author: User, article: Pick<Article, 'slug'>, body: string): Promise<Comment> {
    const [row] = await selectRows<Record<string, unknown>>(sql`
      INSERT INTO comments (article_id, author_id, body, status, created_at, updated_at)
      SELECT a.id, ${author.id}, ${body}, 'visible', now(), now()
      FROM articles a WHERE a.slug = ${article.slug} AND ${articleVisibleTo(author)}
      RETURNING *`)
    if (!row) throw notFound('Article')
    const comment = Comment.$createFromAdapterResult(row)!
    comment.$setRelated('author', author)
    return comment
  }
}
