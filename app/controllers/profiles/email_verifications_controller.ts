import type { HttpContext } from '@adonisjs/core/http'
import SendEmailVerification from '#actions/users/send_email_verification'

/** "Send the link again" on the settings page. */
export default class EmailVerificationsController {
  async store({ auth, session, response }: HttpContext) {
    const user = auth.getUserOrFail()
    if (user.emailVerifiedAt && !user.pendingEmail) {
      session.flash('info', 'Your e-mail address is already confirmed.')
    } else {
      await new SendEmailVerification().handle(user)
      session.flash(
        'success',
        `A new confirmation link is on its way to ${user.pendingEmail ?? user.email}.`
      )
    }
    return response.redirect().toRoute('profiles.settings.edit')
  }
}
