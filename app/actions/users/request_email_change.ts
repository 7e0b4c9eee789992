import type User from '#models/user'
import SendMailJob from '#jobs/send_mail'
import SendEmailVerification from '#actions/users/send_email_verification'

/**
 * An address change from the settings page takes effect only once the new
 * address is confirmed; until then the account keeps (and signs in with) the
 * old one, which is told about the change.
 */
export default class RequestEmailChange {
  async handle(user: User, newEmail: string) {
    const address = newEmail.trim().toLowerCase()
    if (address === user.email) {
      if (user.pendingEmail) {
        user.pendingEmail = null
        await user.save()
      }
      return false
    }
    user.pendingEmail = address
    await user.save()
    await new SendEmailVerification().handle(user)
    await SendMailJob.dispatch({
      kind: 'email_change_notice',
      to: user.email,
      username: user.username,
      newEmail: address,
    })
    return true
  }
}
