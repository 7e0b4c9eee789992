import type Article from '#models/article'
import UserTransformer from '#transformers/user_transformer'
import { isoDate } from '#transformers/dates'

/** What the viewer's relations add to an article: their favorite and their follow. */
export interface ArticleViewerFlags {
  favorited: boolean
  following: boolean
}

/**
 * RealWorld's article, plus the `published` and `views` extensions. Lists
 * leave out `body` (up to 100 kB each). Expects author and tags loaded.
 */
export default class ArticleTransformer {
  static article(article: Article, flags: ArticleViewerFlags) {
    return { ...this.listItem(article, flags), body: article.body }
  }

  static listItem(article: Article, flags: ArticleViewerFlags) {
    return {
      slug: article.slug,
      title: article.title,
      description: article.description,
      tagList: article.tagList,
      createdAt: isoDate(article.createdAt),
      updatedAt: isoDate(article.updatedAt ?? article.createdAt),
      favorited: flags.favorited,
      favoritesCount: article.favoritesCount,
      author: UserTransformer.profile(article.author, flags.following),
      published: article.published,
      views: article.views,
    }
  }
}
