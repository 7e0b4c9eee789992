import Article from '#models/article'
import Comment from '#models/comment'
import type User from '#models/user'
import RecordArticleView from '#actions/articles/record_article_view'
import { favoritedArticleIds, followedUserIds } from '#services/viewer_relations'

export const COMMENTS_PER_PAGE = 30

/**
 * Everything the article page shows, in a fixed number of queries whatever
 * the number of tags or comments: the article (404 when the viewer may not
 * see it) with author and tags, one page of the comments the viewer may see,
 * and the viewer's favorite/follow flags. Counts the view.
 */
export default class GetArticlePage {
  async handle(slug: string, viewer: User | null, commentsPage: number) {
    const article = await Article.query()
      .where('slug', slug)
      .withScopes((scopes) => {
        scopes.visibleTo(viewer)
        scopes.withAuthorAndTags()
      })
      .firstOrFail()

    await new RecordArticleView().handle(article)

    const comments = await Comment.query()
      .where('article_id', article.id)
      .withScopes((scopes) => {
        scopes.visibleTo(viewer)
        scopes.asThread()
      })
      .paginate(commentsPage, COMMENTS_PER_PAGE)

    const [favorited, following] = await Promise.all([
      favoritedArticleIds(viewer, [article.id]),
      followedUserIds(viewer, [article.authorId]),
    ])

    return {
      article,
      comments,
      favorited: favorited.has(article.id),
      following: following.has(article.authorId),
    }
  }
}
