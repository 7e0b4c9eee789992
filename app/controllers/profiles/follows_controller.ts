import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import CreateFollow from '#actions/follows/create_follow'
import DeleteFollow from '#actions/follows/delete_follow'
import { findMember } from '#queries/profiles'
import { safeNextPath } from '#services/safe_redirect'

/** Following and unfollowing a member from their profile or one of their articles. */
export default class FollowsController {
  async store(ctx: HttpContext) {
    const followed = await findMember(ctx.params.username)
    await new CreateFollow().handle(ctx.auth.getUserOrFail(), followed)
    ctx.session.flash('success', `You now follow ${followed.username}.`)
    return this.back(ctx, followed)
  }

  async destroy(ctx: HttpContext) {
    const followed = await findMember(ctx.params.username)
    await new DeleteFollow().handle(ctx.auth.getUserOrFail(), followed)
    ctx.session.flash('success', `You no longer follow ${followed.username}.`)
    return this.back(ctx, followed)
  }

  /** Back to the page the button was on (a same-site `next`), else the profile. */
  private back({ request, response }: HttpContext, followed: User) {
    const next = safeNextPath(request.input('next'))
    return next
      ? response.redirect(next)
      : response.redirect().toRoute('profiles.show', { username: followed.username })
  }
}
