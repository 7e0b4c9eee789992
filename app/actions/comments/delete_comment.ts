import type Comment from '#models/comment'

/** Removes a comment for good (its author's or a moderator's decision). */
export default class DeleteComment {
  async handle(comment: Comment): Promise<void> {
    await comment.delete()
  }
}
