import { createHash } from 'node:crypto'
import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { beforeSave, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { DbRememberMeTokensProvider } from '@adonisjs/auth/session'
import type { AccessToken } from '@adonisjs/auth/access_tokens'
import { AccessTokensWithOwnerProvider } from '#auth/access_tokens_provider'
import Article from '#models/article'

export const ROLES = ['member', 'moderator', 'admin'] as const
export type Role = (typeof ROLES)[number]

/**
 * A person with an account: reader, writer, moderator or admin.
 * Signs in by e-mail; the password is hashed with scrypt and never serialized.
 */
export default class User extends compose(
  UserSchema,
  // Resolved per use: ace commands may load this model before the hash service exists.
  withAuthFinder(() => hash.use(), { uids: ['email'], passwordColumnName: 'password' })
) {
  declare role: Role

  /** API tokens; verified together with their user in one statement (see #auth/access_token_user_provider). */
  static accessTokens = AccessTokensWithOwnerProvider.forModel(User, {
    prefix: 'oat_',
    table: 'auth_access_tokens',
    type: 'auth_token',
    expiresIn: '30 days',
  })

  static rememberMeTokens = DbRememberMeTokensProvider.forModel(User)

  declare currentAccessToken?: AccessToken

  @hasMany(() => Article, { foreignKey: 'authorId' })
  declare articles: HasMany<typeof Article>

  /** E-mail addresses are compared and stored lower-case. */
  @beforeSave()
  static normalizeEmail(user: User) {
    if (user.$dirty.email) user.email = user.email.trim().toLowerCase()
  }

  /** Case-insensitive lookup, matching the unique index on lower(username). */
  static findByUsername(username: string) {
    return this.query().whereRaw('lower(username) = lower(?)', [username]).first()
  }

  /**
   * Changes whenever the password does: browser sessions keep the stamp they
   * were signed in with and end once it no longer matches (SilentAuthMiddleware).
   */
  get credentialsStamp() {
    return createHash('sha256').update(this.password).digest('base64url').slice(0, 16)
  }

  get isAdmin() {
    return this.role === 'admin'
  }

  /** Moderators and admins both moderate content. */
  get isModerator() {
    return this.role === 'moderator' || this.role === 'admin'
  }
}
