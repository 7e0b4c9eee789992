import Comment from '#models/comment'
import { JsonText } from '#queries/json_text'
import { articleVisibleTo } from '#queries/articles'
import {
  asCondition,
  authorJson,
  empty,
  isoTimestamp,
  profileJson,
  publicOrOwn,
  raw,
  selectRow,
  sql,
  type Sql,
} from '#queries/sql'
import { found, isRowId, notFound, type PageWindow, type Viewer } from '#queries/shapes'

/**
 * Which comments (alias `c`) a viewer sees: visible ones; their own hidden
 * ones too (marked as hidden); moderators see all.
 */
export function commentVisibleTo(viewer: Viewer | null | undefined, alias = 'c') {
  return publicOrOwn(viewer, alias, "status = 'visible'")
}

/** Comments row `alias` as a CommentRow (plus `extra` fields), its author looked up by id. */
export function commentJson(viewer: Viewer | null | undefined, alias = 'c', extra: Sql = empty) {
  const c = raw(alias)
  return sql`json_build_object(
    'id', ${c}.id, 'articleId', ${c}.article_id, 'parentId', ${c}.parent_id,
    'authorId', ${c}.author_id, 'body', ${c}.body,
    'status', ${c}.status, 'isHidden', ${c}.status = 'hidden',
    'createdAt', ${isoTimestamp(`${alias}.created_at`)},
    'updatedAt', ${isoTimestamp(`coalesce(${alias}.updated_at, ${alias}.created_at)`)},
    'author', (SELECT ${authorJson('cu', viewer?.id ?? null)} FROM users cu WHERE cu.id = ${c}.author_id)
    ${extra})`
}

/**
 * A comment (alias `c`) as the API publishes it: RealWorld's comment, plus
 * `parentId` (the first comment of the thread a reply belongs to).
 */
function publishedCommentJson(viewer: Viewer | null | undefined) {
  return sql`json_build_object('id', c.id,
    'createdAt', ${isoTimestamp('c.created_at')},
    'updatedAt', ${isoTimestamp('coalesce(c.updated_at, c.created_at)')},
    'body', c.body,
    'author', (SELECT ${profileJson('cu', viewer?.id ?? null)} FROM users cu WHERE cu.id = c.author_id),
    'parentId', c.parent_id)`
}

/**
 * Which threads (a first comment `c`, alias fixed) a viewer sees: those whose
 * first comment they see, and those with a reply they see, so that hiding a
 * comment never hides the answers to it.
 */
export function threadVisibleTo(viewer: Viewer | null | undefined) {
  return sql`c.parent_id IS NULL AND (${commentVisibleTo(viewer)} OR EXISTS (
    SELECT 1 FROM comments r WHERE r.parent_id = c.id AND ${commentVisibleTo(viewer, 'r')}))`
}

/**
 * One page of the threads under article `a`, oldest first, as a JSON array
 * of ThreadRows: each first comment with its replies (oldest first) that the
 * viewer sees. A first comment hidden from the viewer but answered comes as
 * a `removed` placeholder, without its text or author.
 */
export function threadsOf(viewer: Viewer | null | undefined, page: PageWindow) {
  const replies = sql`coalesce((
    SELECT json_agg(${commentJson(viewer, 'r')} ORDER BY r.created_at, r.id)
    FROM comments r WHERE r.parent_id = c.id AND ${commentVisibleTo(viewer, 'r')}
  ), '[]'::json)`
  return sql`coalesce((
    SELECT json_agg(
      CASE WHEN ${commentVisibleTo(viewer)}
        THEN ${commentJson(viewer, 'c', sql`, 'replies', ${replies}`)}
        ELSE json_build_object('id', c.id, 'removed', true,
          'createdAt', ${isoTimestamp('c.created_at')}, 'replies', ${replies})
      END ORDER BY c.created_at, c.id)
    FROM (
      SELECT c.* FROM comments c WHERE c.article_id = a.id AND ${threadVisibleTo(viewer)}
      ORDER BY c.created_at, c.id LIMIT ${page.limit} OFFSET ${page.offset}
    ) c
  ), '[]'::json)`
}

/**
 * The comments under an article that the viewer sees, oldest first, as the
 * API publishes them (a flat list; replies carry their `parentId`): one
 * statement that writes the JSON array itself; 404 when the viewer may not
 * see the article.
 */
export async function listPublishedComments(
  slug: string,
  viewer: Viewer | null,
  page: PageWindow
): Promise<JsonText> {
  const row = await selectRow<{ comments: string }>(sql`
    SELECT coalesce((
      SELECT json_agg(${publishedCommentJson(viewer)} ORDER BY c.created_at, c.id)
      FROM (
        SELECT c.* FROM comments c WHERE c.article_id = a.id AND ${commentVisibleTo(viewer)}
        ORDER BY c.created_at, c.id LIMIT ${page.limit} OFFSET ${page.offset}
      ) c
    ), '[]'::json)::text AS comments
    FROM articles a
    WHERE a.slug = ${slug} AND ${articleVisibleTo(viewer)}`)
  return new JsonText(found(row, 'Article').comments)
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
