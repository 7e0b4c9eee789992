import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import Tag from '#models/tag'
import { sql } from '#queries/sql'
import type { ArticleChanges } from '#actions/articles/update_article'

/** Revisions kept per article; older ones are dropped as new ones come. */
export const REVISIONS_KEPT = 50

/**
 * Before a save: keeps the article's current title, description, body and
 * tags as a revision, with who is saving over it and when. Nothing is kept
 * when the save changes none of them (a publish or unpublish alone). In one
 * statement, which also drops the revisions past the newest REVISIONS_KEPT.
 * Runs inside the caller's transaction, before the article row changes.
 */
export default class CreateArticleRevision {
  async handle(
    articleId: number,
    changes: ArticleChanges,
    editor: Pick<User, 'id'> | null,
    trx: TransactionClientContract
  ) {
    const tags = changes.tags === undefined ? null : Tag.normalizeNames(changes.tags)
    const statement = sql`
      WITH previous AS (
        SELECT a.title, a.description, a.body,
          ARRAY(SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id ORDER BY t.name)::text[] AS tags
        FROM articles a WHERE a.id = ${articleId}
      ),
      kept AS (
        INSERT INTO article_revisions (article_id, editor_id, title, description, body, tags, created_at)
        SELECT ${articleId}, ${editor?.id ?? null}, p.title, p.description, p.body, p.tags, now()
        FROM previous p
        WHERE (p.title, p.description, p.body, p.tags) IS DISTINCT FROM (
          coalesce(${changes.title ?? null}::text, p.title),
          coalesce(${changes.description ?? null}::text, p.description),
          coalesce(${changes.body ?? null}::text, p.body),
          coalesce(${tags}::text[], p.tags))
        RETURNING id
      )
      DELETE FROM article_revisions r
      WHERE r.article_id = ${articleId} AND EXISTS (SELECT 1 FROM kept)
        AND r.id NOT IN (
          SELECT id FROM article_revisions WHERE article_id = ${articleId}
          ORDER BY id DESC LIMIT ${REVISIONS_KEPT - 1})`
    await trx.rawQuery(statement.sql, statement.values as any[])
  }
}
