import type User from '#models/user'

/** RealWorld's shapes for a person: the signed-in `user` and a public `profile`. */
export default class UserTransformer {
  static user(user: User, token: string) {
    return {
      email: user.email,
      token,
      username: user.username,
      bio: user.bio ?? null,
      image: user.image ?? null,
    }
  }

  static profile(user: User, following: boolean) {
    return {
      username: user.username,
      bio: user.bio ?? null,
      image: user.image ?? null,
      following,
    }
  }
}
