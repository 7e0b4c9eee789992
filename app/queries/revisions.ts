import { empty, isoTimestamp, selectRow, selectRows, sql } from '#queries/sql'
import { found, isRowId, notFound, type RevisionRow } from '#queries/shapes'

/** Revisions row `r` as a RevisionRow (the body only where asked for), its editor looked up by id. */
function revisionJson({ body }: { body: boolean }) {
  return sql`json_build_object(
    'id', r.id, 'articleId', r.article_id, 'title', r.title, 'description', r.description,
    'tags', r.tags, 'createdAt', ${isoTimestamp('r.created_at')},
    'editor', (SELECT json_build_object('id', u.id, 'username', u.username)
               FROM users u WHERE u.id = r.editor_id)
    ${body ? sql`, 'body', r.body` : empty})`
}

/** An article's kept revisions, newest first, without their bodies: one statement. */
export async function listRevisions(articleId: number): Promise<Omit<RevisionRow, 'body'>[]> {
  const rows = await selectRows<{ revision: RevisionRow }>(sql`
    SELECT ${revisionJson({ body: false })} AS revision
    FROM article_revisions r WHERE r.article_id = ${articleId}
    ORDER BY r.id DESC`)
  return rows.map((row) => row.revision)
}

/** One revision of an article, body included; 404 when it is not one of this article's. */
export async function findRevision(articleId: number, id: number): Promise<RevisionRow> {
  if (!isRowId(id)) throw notFound('Revision')
  const row = await selectRow<{ revision: RevisionRow }>(sql`
    SELECT ${revisionJson({ body: true })} AS revision
    FROM article_revisions r WHERE r.article_id = ${articleId} AND r.id = ${id}`)
  return found(row, 'Revision').revision
}
