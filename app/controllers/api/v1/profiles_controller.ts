import type { HttpContext } from '@adonisjs/core/http'
import { findProfile } from '#queries/profiles'
import UserTransformer from '#transformers/user_transformer'

/** A member's public profile, with `following` for the viewer. */
export default class ProfilesController {
  async show({ params, viewer }: HttpContext) {
    return UserTransformer.one(await findProfile(params.username, viewer))
  }
}
