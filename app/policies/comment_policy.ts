import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Comment from '#models/comment'

/** Models and comment rows from app/queries (templates) alike. */
type CommentSubject = Pick<Comment, 'authorId'>

/** Who may remove or moderate a comment. */
export default class CommentPolicy extends BasePolicy {
  delete(user: User, comment: CommentSubject): AuthorizerResponse {
    return user.id === comment.authorId || user.isModerator
  }

  /** Hide and restore: moderators and admins. */
  moderate(user: User, _comment: CommentSubject): AuthorizerResponse {
    return user.isModerator
  }
}
