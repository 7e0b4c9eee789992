import type User from '#models/user'
import RevokeCredentials from '#actions/users/revoke_credentials'
import DeleteImage from '#actions/uploads/delete_image'
import { whileAccountFieldsAreFree } from '#actions/unique_violation'
import SendEmailVerification from '#actions/users/send_email_verification'

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
 * A new e-mail (the API's immediate change; the settings page goes through
 * RequestEmailChange) is unverified until its mailed link is followed.
 * A replaced picture that the person uploaded is deleted from storage.
 */
export default class UpdateUser {
  async handle(user: User, changes: UserChanges, options: { keepTokenId?: string | number } = {}) {
    for (const key of EDITABLE) {
      if (changes[key] !== undefined) user.$setAttribute(key, changes[key])
    }
    const passwordChanged = user.$dirty.password !== undefined
    const emailChanged = user.$dirty.email !== undefined
    if (emailChanged) {
      user.emailVerifiedAt = null
      user.pendingEmail = null
    }
    const replacedImage = user.$dirty.image !== undefined ? user.$original.image : null
    await whileAccountFieldsAreFree(() => user.save())
    if (replacedImage) await new DeleteImage().handle(replacedImage, { ownerId: user.id })
    if (emailChanged) await new SendEmailVerification().handle(user)
    if (passwordChanged) {
      await new RevokeCredentials().handle(user, { exceptTokenId: options.keepTokenId })
    }
    return user
  }
}
