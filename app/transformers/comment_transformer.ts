import type { CommentRow } from '#queries/shapes'
import UserTransformer from '#transformers/user_transformer'

type CommentShape = Pick<CommentRow, 'id' | 'parentId' | 'createdAt' | 'updatedAt' | 'body'> & {
  author: Parameters<typeof UserTransformer.profile>[0]
}

/**
 * RealWorld's comment, with the viewer's `following` of its author, plus the
 * `parentId` extension: the first comment of the thread a reply belongs to.
 */
export default class CommentTransformer {
  /** `{comments}`: a discussion as the read layer found it. */
  static list(comments: CommentShape[]) {
    return { comments: comments.map((comment) => this.comment(comment)) }
  }

  /** `{comment}` */
  static one(comment: CommentShape) {
    return { comment: this.comment(comment) }
  }

  static comment(comment: CommentShape) {
    return {
      id: comment.id,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      body: comment.body,
      author: UserTransformer.profile(comment.author),
      parentId: comment.parentId,
    }
  }
}
