import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'

/** Signs a user out everywhere: API tokens and "remember me" cookies stop working. */
export default class RevokeCredentials {
  async handle(user: User, options: { exceptTokenId?: string | number } = {}) {
    const tokens = db.from('auth_access_tokens').where('tokenable_id', user.id)
    if (options.exceptTokenId !== undefined) tokens.whereNot('id', options.exceptTokenId)
    await tokens.delete()
    await db.from('remember_me_tokens').where('tokenable_id', user.id).delete()
  }
}
