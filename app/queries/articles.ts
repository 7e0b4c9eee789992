import Article from '#models/article'
import { articleJson } from '#queries/article_list'
import { commentsOf, commentVisibleTo } from '#queries/comments'
import { asCondition, publicOrOwn, selectRow, sql } from '#queries/sql'
import {
  found,
  isRowId,
  type ArticleRow,
  type CommentRow,
  type Page,
  type PageWindow,
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
 * The article page: the article and one page of the comments this viewer
 * may see (with their total), in one statement.
 */
export async function findArticleWithComments(
  slug: string,
  viewer: Viewer | null,
  comments: PageWindow
): Promise<{ article: ArticleRow; comments: Page<CommentRow> }> {
  const row = await selectRow<{ article: ArticleRow; comments: CommentRow[]; total: number }>(sql`
    SELECT ${articleJson(viewer, { body: true, schedule: true })} AS article,
      (SELECT count(*) FROM comments c WHERE c.article_id = a.id AND ${commentVisibleTo(viewer)})::int AS total,
      ${commentsOf(viewer, comments)} AS comments
    FROM articles a
    WHERE a.slug = ${slug} AND ${articleVisibleTo(viewer)}`)
  const { article, comments: rows, total } = found(row, 'Article')
  return { article, comments: { rows, total } }
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
