import Comment from '#models/comment'
import { articleVisibleTo } from '#queries/articles'
import { asCondition, authorJson, isoTimestamp, publicOrOwn, selectRow, sql } from '#queries/sql'
import {
  found,
  isRowId,
  notFound,
  type CommentRow,
  type PageWindow,
  type Viewer,
} from '#queries/shapes'

/**
 * Which comments (alias `c`) a viewer sees: visible ones; their own hidden
 * ones too (marked as hidden); moderators see all.
 */
export function commentVisibleTo(viewer: Viewer | null | undefined, alias = 'c') {
  return publicOrOwn(viewer, alias, "status = 'visible'")
}

/** Comments row `c` as a CommentRow, its author looked up by id. */
export function commentJson(viewer: Viewer | null | undefined) {
  return sql`json_build_object(
    'id', c.id, 'articleId', c.article_id, 'authorId', c.author_id, 'body', c.body,
    'status', c.status, 'isHidden', c.status = 'hidden',
    'createdAt', ${isoTimestamp('c.created_at')},
    'updatedAt', ${isoTimestamp('coalesce(c.updated_at, c.created_at)')},
    'author', (SELECT ${authorJson('cu', viewer?.id ?? null)} FROM users cu WHERE cu.id = c.author_id))`
}

/** One page of the comments under article `a` that the viewer sees, oldest first, as a JSON array. */
export function commentsOf(viewer: Viewer | null | undefined, page: PageWindow) {
  return sql`coalesce((
    SELECT json_agg(${commentJson(viewer)} ORDER BY c.created_at, c.id)
    FROM (
      SELECT c.* FROM comments c WHERE c.article_id = a.id AND ${commentVisibleTo(viewer)}
      ORDER BY c.created_at, c.id LIMIT ${page.limit} OFFSET ${page.offset}
    ) c
  ), '[]'::json)`
}

/**
 * The discussion under an article, oldest first, as the viewer may see it:
 * one statement; 404 when the viewer may not see the article itself.
 */
export async function listComments(
  slug: string,
  viewer: Viewer | null,
  page: PageWindow
): Promise<CommentRow[]> {
  const row = await selectRow<{ comments: CommentRow[] }>(sql`
    SELECT ${commentsOf(viewer, page)} AS comments
    FROM articles a
    WHERE a.slug = ${slug} AND ${articleVisibleTo(viewer)}`)
  return found(row, 'Article').comments
}

/** A comment under an article, as a model for deleting it: the viewer's visibility, one 404. */
export async function findCommentModel(
  articleId: number,
  id: number,
  viewer: Viewer | null
): Promise<Comment> {
  if (!isRowId(id)) throw notFound('Comment')
  const comment = await Comment.query()
    .where({ 'comments.article_id': articleId, 'comments.id': id })
    .whereRaw(...asCondition(commentVisibleTo(viewer, 'comments')))
    .first()
  return found(comment, 'Comment')
}

/** A comment by id, hidden or not, as a model for moderation; the same 404. */
export async function findCommentModelById(id: number): Promise<Comment> {
  return found(isRowId(id) ? await Comment.find(id) : null, 'Comment')
}
