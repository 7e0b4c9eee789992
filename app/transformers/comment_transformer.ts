import { JsonText } from '#queries/json_text'
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
  /**
   * `{comments}`: a discussion, each comment already written by PostgreSQL
   * in the shape of `comment` below (publishedCommentJson in #queries/comments).
   */
  static list(comments: JsonText) {
    return new JsonText(`{"comments":${comments.text}}`)
  }

  /** `{comment}` */
  static one(comment: CommentShape) {
    return { comment: this.comment(comment) }
  }

  static comment({ id, createdAt, updatedAt, body, author, parentId }: CommentShape) {
    return { id, createdAt, updatedAt, body, author: UserTransformer.profile(author), parentId }
  }
}
