import type { HttpContext } from '@adonisjs/core/http'
import UserTransformer from '#transformers/user_transformer'
import { findUserOrFail, optionalViewer } from '#services/api/lookups'
import { followedUserIds } from '#services/viewer_relations'

/** GET /api/v1/profiles/:username: a member's public profile, with `following` for the viewer. */
export default class ProfilesController {
  async show(ctx: HttpContext) {
    const viewer = await optionalViewer(ctx)
    const user = await findUserOrFail(ctx.params.username)
    const followed = await followedUserIds(viewer, [user.id])
    return { profile: UserTransformer.profile(user, followed.has(user.id)) }
  }
}
