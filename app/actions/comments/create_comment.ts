import Comment from '#models/comment'
import type User from '#models/user'
import type Article from '#models/article'

/** Adds a visible comment by `author` under `article`. */
export default class CreateComment {
  async handle(author: User, article: Article, body: string): Promise<Comment> {
    const comment = await Comment.create({
      articleId: article.id,
      authorId: author.id,
      body,
      status: 'visible',
    })
    comment.$setRelated('author', author)
    return comment
  }
}
