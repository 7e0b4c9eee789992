import type { HttpContext } from '@adonisjs/core/http'
import { findCommentModelById } from '#queries/comments'
import UpdateCommentVisibility from '#actions/comments/update_comment_visibility'
import { updateCommentVisibilityValidator } from '#validators/admin'

/** A moderator hides or restores a comment. */
export default class CommentVisibilitiesController {
  async update({ params, request, auth, bouncer, session, response }: HttpContext) {
    const comment = await findCommentModelById(params.id)
    await bouncer.with('CommentPolicy').authorize('moderate', comment)
    const { status } = await request.validateUsing(updateCommentVisibilityValidator)
    await new UpdateCommentVisibility().handle(auth.getUserOrFail(), comment, status)
    session.flash(
      'success',
      status === 'hidden' ? 'The comment is now hidden.' : 'The comment is visible again.'
    )
    return response.redirect().withQs().back()
  }
}
