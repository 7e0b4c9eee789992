import Article from '#models/article'
import { articleJson } from '#queries/article_list'
import { commentVisibleTo, threadsOf, threadVisibleTo } from '#queries/comments'
import { asCondition, publicOrOwn, selectRow, sql } from '#queries/sql'
import {
  digestOf,
  found,
  isRowId,
  JsonRows,
  type ArticleRow,
  type PageWindow,
  type ThreadRow,
  type Viewer,
} from '#queries/shapes'

/**
 * Who may see an article (alias `a`): everyone a published one; a draft its
 * author and moderators. Anyone else gets the same 404 as for a missing slug.
 */
export function articleVisibleTo(viewer: Viewer | null | undefined, alias = 'a') {
  return publicOrOwn(viewer, alias, 'published')
}

/** One article as the viewer may see it, body included: one statement, 404 when hidden or missing. */
export async function findArticle(slug: string, viewer: Viewer | null): Promise<ArticleRow> {
  const row = await selectRow<{ article: ArticleRow }>(sql`
    SELECT ${articleJson(viewer, { body: true, schedule: true })} AS article
    FROM articles a
    WHERE a.slug = ${slug} AND ${articleVisibleTo(viewer)}`)
  return found(row, 'Article').article
}

/**
 * The article page: the article, one page of the comment threads this viewer
 * may see (as JSON text, parsed when drawn), how many threads there are (the
 * pages) and how many comments (the heading), in one statement. `version` is
 * a digest of the whole answer exactly as read (the article with its view
 * count, the threads, the counts): a page drawn from it alone may be kept
 * under it.
 */
export async function findArticleWithComments(
  slug: string,
  viewer: Viewer | null,
  threads: PageWindow
): Promise<{
  article: ArticleRow
  threads: JsonRows<ThreadRow>
  threadsCount: number
  commentsCount: number
  version: string
}> {
  const row = await selectRow<{
    article: string
    threads: string
    threadsCount: number
    commentsCount: number
  }>(sql`
    SELECT ${articleJson(viewer, { body: true, schedule: true })}::text AS article,
      (SELECT count(*) FROM comments c WHERE c.article_id = a.id AND ${commentVisibleTo(viewer)})::int AS "commentsCount",
      (SELECT count(*) FROM comments c WHERE c.article_id = a.id AND ${threadVisibleTo(viewer)})::int AS "threadsCount",
      ${threadsOf(viewer, threads)}::text AS threads
    FROM articles a
    WHERE a.slug = ${slug} AND ${articleVisibleTo(viewer)}`)
  const { article, threads: threadsJson, threadsCount, commentsCount } = found(row, 'Article')
  const threadRows = new JsonRows<ThreadRow>(threadsJson)
  return {
    article: JSON.parse(article) as ArticleRow,
    threads: threadRows,
    threadsCount,
    commentsCount,
    version: digestOf(`${article}\n${threadRows.digest}\n${threadsCount}\n${commentsCount}`),
  }
}

/**
 * The article as a model, for the writes that need one (editing, deleting,
 * favoriting, commenting): the same visibility, the same 404.
 */
export async function findArticleModel(slug: string, viewer: Viewer | null): Promise<Article> {
  const article = await Article.query()
    .where('articles.slug', slug)
    .whereRaw(...asCondition(articleVisibleTo(viewer, 'articles')))
    .first()
  return found(article, 'Article')
}

/** An article by id, drafts included, as a model for the moderators' writes; the same 404. */
export async function findArticleModelById(id: number): Promise<Article> {
  return found(isRowId(id) ? await Article.find(id) : null, 'Article')
}
