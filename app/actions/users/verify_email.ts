import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import User from '#models/user'
import { consumeUserToken } from '#actions/auth/user_tokens'

export type VerificationOutcome = 'verified' | 'changed' | 'invalid' | 'taken'

/**
 * Confirms an address from a mailed link: the account's own address becomes
 * verified, or a pending new address replaces the old one (unless another
 * account took it meanwhile).
 */
export default class VerifyEmail {
  async handle(token: string): Promise<VerificationOutcome> {
    return db.transaction(async (trx) => {
      const link = await consumeUserToken(trx, token, 'email_verification')
      const user = link ? await User.find(link.userId, { client: trx }) : null
      if (!link || !user || !link.email) return 'invalid'

      if (link.email === user.pendingEmail) {
        const taken = await trx
          .from('users')
          .where('email', link.email)
          .whereNot('id', user.id)
          .first()
        if (taken) return 'taken'
        user.email = link.email
        user.pendingEmail = null
        user.emailVerifiedAt = DateTime.now()
        await user.save()
        return 'changed'
      }
      if (link.email === user.email) {
        user.emailVerifiedAt ??= DateTime.now()
        await user.save()
        return 'verified'
      }
      // A link for an address the account no longer has or wants.
      return 'invalid'
    })
  }
}
