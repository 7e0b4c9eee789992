import type User from '#models/user'
import RevokeCredentials from '#actions/users/revoke_credentials'
import { whileAccountFieldsAreFree } from '#actions/unique_violation'

/** Fields a person may change on their own account; never role or status. */
export interface UserChanges {
  username?: string
  email?: string
  password?: string
  image?: string | null
  bio?: string | null
  location?: string | null
}

const EDITABLE = ['username', 'email', 'password', 'image', 'bio', 'location'] as const

/**
 * Applies a person's own changes to their account. A new password signs out
 * every other API token and remembered browser, except the token in use.
 * A username or e-mail taken meanwhile by someone else is a 422.
 */
export default class UpdateUser {
  async handle(user: User, changes: UserChanges, options: { keepTokenId?: string | number } = {}) {
    for (const key of EDITABLE) {
      if (changes[key] !== undefined) user.$setAttribute(key, changes[key])
    }
    const passwordChanged = user.$dirty.password !== undefined
    await whileAccountFieldsAreFree(() => user.save())
    if (passwordChanged) {
      await new RevokeCredentials().handle(user, { exceptTokenId: options.keepTokenId })
    }
    return user
  }
}
