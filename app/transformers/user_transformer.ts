import type User from '#models/user'
import { absoluteUrl, defaultAvatarPath } from '#services/images'

/** What a profile is made of, from the read layer (AuthorRow) or a model. */
interface Person {
  username: string
  bio: string | null
  image: string | null
  following?: boolean
}

/** RealWorld's shapes for a person: the signed-in `user` and a public `profile`. */
export default class UserTransformer {
  /** `{user}`: the account behind `token`. */
  static user(user: User, token: string) {
    return {
      user: {
        email: user.email,
        token,
        username: user.username,
        bio: user.bio ?? null,
        image: imageUrl(user),
      },
    }
  }

  /** `{profile}` */
  static one(person: Person, following = person.following ?? false) {
    return { profile: this.profile(person, following) }
  }

  static profile(person: Person, following = person.following ?? false) {
    return {
      username: person.username,
      bio: person.bio ?? null,
      image: imageUrl(person),
      following,
    }
  }
}

/**
 * Always a URL, absolute (clients live on other sites): the person's picture,
 * or their generated one, never null (RealWorld clients show null as a broken image).
 */
function imageUrl(person: { username: string; image: string | null }) {
  return absoluteUrl(person.image ?? defaultAvatarPath(person.username))
}
