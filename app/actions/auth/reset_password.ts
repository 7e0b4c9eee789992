import db from '@adonisjs/lucid/services/db'
import { errors as vineErrors } from '@vinejs/vine'
import User from '#models/user'
import UpdateUser from '#actions/users/update_user'
import { consumeUserToken } from '#actions/auth/user_tokens'

export const INVALID_RESET_LINK = 'This password reset link is invalid or has expired.'

/**
 * Sets a new password from a reset link. The link is used up; the account is
 * signed out everywhere: its API tokens and "remember me" tokens are revoked
 * (UpdateUser) and browser sessions end on their next request (their
 * credentials stamp no longer matches, see SilentAuthMiddleware).
 */
export default class ResetPassword {
  async handle(token: string, password: string) {
    const userId = await db.transaction(async (trx) => {
      const link = await consumeUserToken(trx, token, 'password_reset')
      return link?.userId ?? null
    })
    const user = userId ? await User.find(userId) : null
    if (!user || !user.isActive) {
      throw new vineErrors.E_VALIDATION_ERROR([
        { field: 'token', rule: 'token', message: INVALID_RESET_LINK },
      ])
    }
    return new UpdateUser().handle(user, { password })
  }
}
