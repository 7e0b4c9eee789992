import User, { type Role } from '#models/user'

export interface NewUser {
  username: string
  email: string
  password: string
  role?: Role
}

/** Opens an account. The role defaults to member; only operators pass another. */
export default class CreateUser {
  handle({ username, email, password, role = 'member' }: NewUser) {
    return User.create({ username, email, password, role, isActive: true })
  }
}
