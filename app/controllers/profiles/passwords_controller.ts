import type { HttpContext } from '@adonisjs/core/http'
import UpdatePassword from '#actions/users/update_password'
import { updatePasswordValidator } from '#validators/user'
import { CREDENTIALS_STAMP_KEY } from '#middleware/silent_auth_middleware'

/** Password change from the settings page; the current password is required. */
export default class PasswordsController {
  async update({ request, auth, session, response }: HttpContext) {
    const { current_password: current, password } =
      await request.validateUsing(updatePasswordValidator)
    const user = await new UpdatePassword().handle(auth.getUserOrFail(), current, password)
    // This browser stays signed in; the account's other sessions end.
    session.put(CREDENTIALS_STAMP_KEY, user.credentialsStamp)
    session.flash('success', 'Your password has been changed.')
    return response.redirect().toRoute('profiles.settings.edit')
  }
}
