import limiter from '@adonisjs/limiter/services/main'
import { errors as authErrors } from '@adonisjs/auth'
import User from '#models/user'
import { rateLimitsEnabled } from '#config/limiter'

/** Failed sign-ins allowed per e-mail and IP before a 15-minute block. */
const FAILED_ATTEMPTS = 5

/**
 * Finds the account for an e-mail and password, for the pages and the API
 * alike. An unknown e-mail and a wrong password fail the same way (in the
 * same time); repeated failures for one e-mail from one IP are throttled
 * (unless RATE_LIMITS=off).
 */
export default class VerifyCredentials {
  async handle(email: string, password: string, ip: string) {
    const user = rateLimitsEnabled
      ? await this.verifyThrottled(email, password, ip)
      : await this.verify(email, password)
    if (!user.isActive) {
      throw new authErrors.E_INVALID_CREDENTIALS('This account has been deactivated.')
    }
    return user
  }

  private async verify(email: string, password: string) {
    try {
      return await User.verifyCredentials(email, password)
    } catch (error) {
      // Only a wrong e-mail or password; a database that fails to answer stays a 503.
      if (!(error instanceof authErrors.E_INVALID_CREDENTIALS)) throw error
      throw new authErrors.E_INVALID_CREDENTIALS('Invalid e-mail or password.')
    }
  }

  /** Only failures count; a successful sign-in clears the count (limiter.penalize). */
  private async verifyThrottled(email: string, password: string, ip: string) {
    const attempts = limiter.use({
      requests: FAILED_ATTEMPTS,
      duration: '15 mins',
      blockDuration: '15 mins',
    })
    const key = `login_${email.toLowerCase()}_${ip}`

    const [throttled, user] = await attempts.penalize(key, () => this.verify(email, password))
    if (throttled) {
      const minutes = Math.max(1, Math.ceil(throttled.response.availableIn / 60))
      throw throttled.setMessage(
        `Too many failed sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
      )
    }
    return user
  }
}
