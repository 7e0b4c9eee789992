import type { HttpContext } from '@adonisjs/core/http'
import VerifyEmail from '#actions/users/verify_email'

const OUTCOMES = {
  verified: ['success', 'Thank you: your e-mail address is confirmed.'],
  changed: ['success', 'Your new e-mail address is confirmed and now in use.'],
  taken: ['error', 'That address is now used by another account; your address was not changed.'],
  invalid: ['error', 'This confirmation link is invalid or has expired.'],
} as const

/** The link in a verification message. */
export default class EmailVerificationsController {
  async show({ params, auth, session, response }: HttpContext) {
    const outcome = await new VerifyEmail().handle(params.token)
    const [level, message] = OUTCOMES[outcome]
    session.flash(level, message)
    return auth.user
      ? response.redirect().toRoute('profiles.settings.edit')
      : response.redirect().toRoute('auth.login')
  }
}
