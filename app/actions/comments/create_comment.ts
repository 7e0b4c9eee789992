import db from '@adonisjs/lucid/services/db'
import Comment from '#models/comment'
import type User from '#models/user'
import type Article from '#models/article'
import { articleVisibleTo } from '#queries/articles'
import { notFound } from '#queries/shapes'
import { sql } from '#queries/sql'

/**
 * Adds a visible comment by `author` under an article they may see: one
 * statement finds the article by its slug and inserts the comment (a 404
 * when there is no such article for them, e.g. someone else's draft).
 */
export default class CreateComment {
  async handle(author: User, article: Pick<Article, 'slug'>, body: string): Promise<Comment> {
    const insert = sql`
      INSERT INTO comments (article_id, author_id, body, status, created_at, updated_at)
      SELECT a.id, ${author.id}, ${body}, 'visible', now(), now()
      FROM articles a WHERE a.slug = ${article.slug} AND ${articleVisibleTo(author)}
      RETURNING *`
    const { rows } = await db.rawQuery(insert.sql, insert.values as any[])
    if (!rows.length) throw notFound('Article')
    const comment = Comment.$createFromAdapterResult(rows[0])!
    comment.$setRelated('author', author)
    return comment
  }
}
