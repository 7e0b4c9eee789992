import type { HttpContext } from '@adonisjs/core/http'
import { findMemberById } from '#queries/profiles'
import UpdateUserRole from '#actions/users/update_user_role'
import { updateUserRoleValidator } from '#validators/admin'

/** An admin gives an account another role. */
export default class UserRolesController {
  async update({ params, request, auth, session, response }: HttpContext) {
    const user = await findMemberById(params.id)
    const { role } = await request.validateUsing(updateUserRoleValidator)
    await new UpdateUserRole().handle(auth.getUserOrFail(), user, role)
    session.flash('success', `${user.username} is now ${role === 'admin' ? 'an' : 'a'} ${role}.`)
    return response.redirect().withQs().back()
  }
}
