import User, { type Role } from '#models/user'
import { whileAccountFieldsAreFree } from '#actions/unique_violation'

export interface NewUser {
  username: string
  email: string
  password: string
  role?: Role
}

/**
 * Opens an account. The role defaults to member; only operators pass another.
 * A username or e-mail registered at the same moment by someone else is a 422.
 */
export default class CreateUser {
  handle({ username, email, password, role = 'member' }: NewUser) {
    return whileAccountFieldsAreFree(() =>
      User.create({ username, email, password, role, isActive: true })
    )
  }
}
