import type { HttpContext } from '@adonisjs/core/http'
import UpdatePassword from '#actions/users/update_password'
import { updatePasswordValidator } from '#validators/user'

/** Password change from the settings page; the current password is required. */
export default class PasswordsController {
  async update({ request, auth, session, response }: HttpContext) {
    const { current_password: current, password } =
      await request.validateUsing(updatePasswordValidator)
    await new UpdatePassword().handle(auth.getUserOrFail(), current, password)
    session.flash('success', 'Your password has been changed.')
    return response.redirect().toRoute('profiles.settings.edit')
  }
}
