import limiter from '@adonisjs/limiter/services/main'
import { errors as authErrors } from '@adonisjs/auth'
import User from '#models/user'

/** Failed sign-ins allowed per e-mail and IP before a 15-minute block. */
const FAILED_ATTEMPTS = 5

/**
 * Finds the account for an e-mail and password, for the pages and the API
 * alike. An unknown e-mail and a wrong password fail the same way (in the
 * same time); repeated failures for one e-mail from one IP are throttled.
 */
export default class VerifyCredentials {
  async handle(email: string, password: string, ip: string) {
    const attempts = limiter.use({
      requests: FAILED_ATTEMPTS,
      duration: '15 mins',
      blockDuration: '15 mins',
    })
    const key = `login_${email.toLowerCase()}_${ip}`

    const [throttled, user] = await attempts.penalize(key, async () => {
      try {
        return await User.verifyCredentials(email, password)
      } catch {
        throw new authErrors.E_INVALID_CREDENTIALS('Invalid e-mail or password.')
      }
    })
    if (throttled) {
      const minutes = Math.max(1, Math.ceil(throttled.response.availableIn / 60))
      throw throttled.setMessage(
        `Too many failed sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
      )
    }

    if (!user.isActive) {
      throw new authErrors.E_INVALID_CREDENTIALS('This account has been deactivated.')
    }
    return user
  }
}
