import { urlFor } from '@adonisjs/core/services/url_builder'
import type User from '#models/user'
import SendMailJob from '#jobs/send_mail'
import { appUrl } from '#config/app'
import { issueUserToken } from '#actions/auth/user_tokens'

/**
 * Mails a link confirming an address: the account's own (new accounts, API
 * changes) or the pending new one of a change made in the settings.
 * A new link replaces the previous one.
 */
export default class SendEmailVerification {
  async handle(user: User) {
    const address = user.pendingEmail ?? user.email
    const token = await issueUserToken(user.id, 'email_verification', {
      email: address,
      ttl: { hours: 24 },
    })
    await SendMailJob.dispatch({
      kind: 'verify_email',
      to: address,
      username: user.username,
      url: urlFor('auth.email_verification.show', { token }, { prefixUrl: appUrl }),
      change: user.pendingEmail !== null && user.pendingEmail !== undefined,
    })
  }
}
