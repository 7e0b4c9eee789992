import type { HttpContext } from '@adonisjs/core/http'
import CreateFollow from '#actions/follows/create_follow'
import DeleteFollow from '#actions/follows/delete_follow'
import UserTransformer from '#transformers/user_transformer'
import { findUserOrFail } from '#services/api/lookups'

/** POST and DELETE /api/v1/profiles/:username/follow; both are idempotent. */
export default class FollowsController {
  async store({ params, auth }: HttpContext) {
    const followed = await findUserOrFail(params.username)
    await new CreateFollow().handle(auth.getUserOrFail(), followed)
    return { profile: UserTransformer.profile(followed, true) }
  }

  async destroy({ params, auth }: HttpContext) {
    const followed = await findUserOrFail(params.username)
    await new DeleteFollow().handle(auth.getUserOrFail(), followed)
    return { profile: UserTransformer.profile(followed, false) }
  }
}
