import type { HttpContext } from '@adonisjs/core/http'
import CreateFollow from '#actions/follows/create_follow'
import DeleteFollow from '#actions/follows/delete_follow'
import { findMember } from '#queries/profiles'
import UserTransformer from '#transformers/user_transformer'

/** Following a profile and unfollowing it; both are idempotent. */
export default class FollowsController {
  async store({ params, auth }: HttpContext) {
    const followed = await findMember(params.username)
    await new CreateFollow().handle(auth.getUserOrFail(), followed)
    return UserTransformer.one(followed, true)
  }

  async destroy({ params, auth }: HttpContext) {
    const followed = await findMember(params.username)
    await new DeleteFollow().handle(auth.getUserOrFail(), followed)
    return UserTransformer.one(followed, false)
  }
}
