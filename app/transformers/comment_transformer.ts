import type Comment from '#models/comment'
import type User from '#models/user'
import type { CommentRow } from '#queries/shapes'
import UserTransformer from '#transformers/user_transformer'
import { isoDate } from '#transformers/dates'

type CommentShape = Pick<CommentRow, 'id' | 'createdAt' | 'updatedAt' | 'body'> & {
  author: Parameters<typeof UserTransformer.profile>[0]
}

/** RealWorld's comment, with the viewer's `following` of its author. */
export default class CommentTransformer {
  /** `{comments}`: a discussion as the read layer found it. */
  static list(comments: CommentShape[]) {
    return { comments: comments.map((comment) => this.comment(comment)) }
  }

  /** `{comment}`: one just written by `author` (who does not follow themselves). */
  static created(comment: Comment, author: User) {
    return {
      comment: this.comment({
        id: comment.id,
        createdAt: isoDate(comment.createdAt),
        updatedAt: isoDate(comment.updatedAt ?? comment.createdAt),
        body: comment.body,
        author: UserTransformer.profile(author, false),
      }),
    }
  }

  static comment(comment: CommentShape) {
    return {
      id: comment.id,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      body: comment.body,
      author: UserTransformer.profile(comment.author),
    }
  }
}
