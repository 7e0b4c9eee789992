import type { HttpContext } from '@adonisjs/core/http'
import { findMemberById } from '#queries/profiles'
import UpdateUserStatus from '#actions/users/update_user_status'
import { updateUserStatusValidator } from '#validators/admin'

/** An admin deactivates or reactivates an account. */
export default class UserStatusesController {
  async update({ params, request, auth, session, response }: HttpContext) {
    const user = await findMemberById(params.id)
    const { status } = await request.validateUsing(updateUserStatusValidator)
    await new UpdateUserStatus().handle(auth.getUserOrFail(), user, status === 'active')
    session.flash(
      'success',
      status === 'active'
        ? `${user.username} has been reactivated.`
        : `${user.username} has been deactivated and signed out everywhere.`
    )
    return response.redirect().withQs().back()
  }
}
