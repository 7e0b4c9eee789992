import type { ArticleRow, Page } from '#queries/shapes'
import UserTransformer from '#transformers/user_transformer'

/**
 * RealWorld's article, plus the `published` and `views` extensions, with the
 * viewer's `favorited` and `following` as the read layer found them. Lists
 * leave out `body` (up to 100 kB each).
 */
export default class ArticleTransformer {
  /** `{article}`: one article, body included. */
  static one(article: ArticleRow) {
    return {
      article: {
        ...this.listItem(article),
        body: article.body,
        publishAt: article.publishAt ?? null,
      },
    }
  }

  /** `{articles, articlesCount}`: one page of a list and the list's total. */
  static list({ rows, total }: Page<ArticleRow>) {
    return { articles: rows.map((article) => this.listItem(article)), articlesCount: total }
  }

  static listItem(article: ArticleRow) {
    return {
      slug: article.slug,
      title: article.title,
      description: article.description,
      tagList: article.tagList,
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      favorited: article.favorited,
      favoritesCount: article.favoritesCount,
      author: UserTransformer.profile(article.author),
      published: article.published,
      views: article.views,
    }
  }
}
