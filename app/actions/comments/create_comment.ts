import { errors } from '@vinejs/vine'
import type User from '#models/user'
import type Article from '#models/article'
import { articleVisibleTo } from '#queries/articles'
import { commentJson, commentVisibleTo } from '#queries/comments'
import { isRowId, notFound, type CommentRow } from '#queries/shapes'
import { selectRow, sql } from '#queries/sql'
import { notifyWriterOfComment } from '#actions/notifications/notify_writer'

/**
 * Adds a visible comment by `author` under an article they may see, or a
 * reply to a comment there (`parentId`). Replies go one level deep: a reply
 * to a reply joins the same thread. One statement finds the article by its
 * slug and the comment answered, inserts, and answers the comment as the
 * read layer shapes comments. A 404 when there is no such article for them
 * (e.g. someone else's draft); a 422 on `parentId` when the comment answered
 * is not one they can see under this article. The article's writer is
 * notified.
 */
export default class CreateComment {
  async handle(
    author: User,
    article: Pick<Article, 'slug'>,
    body: string,
    { parentId = null }: { parentId?: number | null } = {}
  ): Promise<CommentRow> {
    if (parentId !== null && !isRowId(parentId)) throw unknownParent()
    const row = await selectRow<{ articleFound: boolean; comment: CommentRow | null }>(sql`
      WITH target AS (
        SELECT a.id FROM articles a WHERE a.slug = ${article.slug} AND ${articleVisibleTo(author)}
      ),
      parent AS (
        SELECT coalesce(p.parent_id, p.id) AS id FROM comments p
        WHERE p.id = ${parentId}::int AND p.article_id = (SELECT id FROM target)
          AND ${commentVisibleTo(author, 'p')}
      ),
      c AS (
        INSERT INTO comments (article_id, parent_id, author_id, body, status, created_at, updated_at)
        SELECT t.id, (SELECT id FROM parent), ${author.id}, ${body}, 'visible', now(), now()
        FROM target t
        WHERE ${parentId}::int IS NULL OR EXISTS (SELECT 1 FROM parent)
        RETURNING *
      ),
      notified AS (${notifyWriterOfComment('c')})
      SELECT EXISTS (SELECT 1 FROM target) AS "articleFound",
        (SELECT ${commentJson(null)} FROM c) AS comment`)
    if (!row?.articleFound) throw notFound('Article')
    if (!row.comment) throw unknownParent()
    return row.comment
  }
}

function unknownParent() {
  return new errors.E_VALIDATION_ERROR([
    {
      field: 'parentId',
      message: 'The comment you are replying to does not exist or was removed',
      rule: 'exists',
    },
  ])
}
