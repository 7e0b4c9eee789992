import limiter from '@adonisjs/limiter/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import User from '#models/user'
import SendMailJob from '#jobs/send_mail'
import { appUrl } from '#config/app'
import { rateLimitsEnabled } from '#config/limiter'
import { issueUserToken } from '#actions/auth/user_tokens'

/** Reset messages per address per hour; more requests are accepted and ignored. */
const MESSAGES_PER_ADDRESS = 3

/**
 * "Forgot your password?": mails a link that sets a new password, valid once
 * for an hour. The caller answers the same whether or not the address has an
 * account, so nobody learns which addresses are registered; the per-address
 * limit is silent for the same reason (the per-IP limit is the route's).
 */
export default class RequestPasswordReset {
  async handle(email: string) {
    const address = email.trim().toLowerCase()
    const user = await User.findBy('email', address)
    if (!user || !user.isActive) return
    if (rateLimitsEnabled && !(await this.withinAddressLimit(address))) return

    const token = await issueUserToken(user.id, 'password_reset', { ttl: { hours: 1 } })
    await SendMailJob.dispatch({
      kind: 'password_reset',
      to: user.email,
      username: user.username,
      url: urlFor('auth.password_reset.edit', { token }, { prefixUrl: appUrl }),
    })
  }

  private async withinAddressLimit(address: string) {
    const messages = limiter.use({ requests: MESSAGES_PER_ADDRESS, duration: '1 hour' })
    // attempt() runs the callback only while requests remain.
    return (await messages.attempt(`password_reset_${address}`, () => true)) === true
  }
}
