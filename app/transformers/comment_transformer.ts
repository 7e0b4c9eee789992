import type Comment from '#models/comment'
import UserTransformer from '#transformers/user_transformer'
import { isoDate } from '#transformers/dates'

/** RealWorld's comment; expects the author loaded. */
export default class CommentTransformer {
  static comment(comment: Comment, following: boolean) {
    return {
      id: comment.id,
      createdAt: isoDate(comment.createdAt),
      updatedAt: isoDate(comment.updatedAt ?? comment.createdAt),
      body: comment.body,
      author: UserTransformer.profile(comment.author, following),
    }
  }
}
