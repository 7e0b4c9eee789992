import { raw } from '#queries/sql'

/**
 * The INSERT that notifies an article's writer of the comments in `source`
 * (a CTE of inserted comments), for CreateComment to run in its own statement
 * (CreateFollow does the same for followers). Nobody is told about their own
 * comment, and "off" records nothing.
 */
export function notifyWriterOfComment(source: string) {
  return raw(`INSERT INTO notifications (user_id, kind, actor_id, article_id, comment_id)
    SELECT a.author_id, 'comment', c.author_id, a.id, c.id
    FROM ${source} c
    JOIN articles a ON a.id = c.article_id
    JOIN users u ON u.id = a.author_id
    WHERE a.author_id <> c.author_id AND u.comment_notifications <> 'off'`)
}
