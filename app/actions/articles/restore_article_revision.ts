import type Article from '#models/article'
import type User from '#models/user'
import type { RevisionRow } from '#queries/shapes'
import UpdateArticle from '#actions/articles/update_article'

/**
 * Puts a revision's title, description, body and tags back. It is a save
 * like any other: the text it replaces becomes a revision in turn, so a
 * restore can itself be undone. Draft or published stays as it is.
 */
export default class RestoreArticleRevision {
  async handle(article: Article, revision: RevisionRow, editor: User): Promise<Article> {
    return new UpdateArticle().handle(
      article,
      {
        title: revision.title,
        description: revision.description,
        body: revision.body,
        tags: revision.tags,
      },
      { editor }
    )
  }
}
