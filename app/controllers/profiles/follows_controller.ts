import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import User from '#models/user'
import CreateFollow from '#actions/follows/create_follow'
import DeleteFollow from '#actions/follows/delete_follow'
import { safeNextPath } from '#services/safe_redirect'

/** Following and unfollowing a member from their profile or one of their articles. */
export default class FollowsController {
  async store(ctx: HttpContext) {
    const followed = await this.findProfile(ctx.params.username)
    await new CreateFollow().handle(ctx.auth.getUserOrFail(), followed)
    ctx.session.flash('success', `You now follow ${followed.username}.`)
    return this.back(ctx, followed)
  }

  async destroy(ctx: HttpContext) {
    const followed = await this.findProfile(ctx.params.username)
    await new DeleteFollow().handle(ctx.auth.getUserOrFail(), followed)
    ctx.session.flash('success', `You no longer follow ${followed.username}.`)
    return this.back(ctx, followed)
  }

  private async findProfile(username: string) {
    const user = await User.findByUsername(username)
    if (!user)
      throw new Exception('Profile not found', { status: 404, code: 'E_PROFILE_NOT_FOUND' })
    return user
  }

  /** Back to the page the button was on (a same-site `next`), else the profile. */
  private back({ request, response }: HttpContext, followed: User) {
    const next = safeNextPath(request.input('next'))
    return next
      ? response.redirect(next)
      : response.redirect().toRoute('profiles.show', { username: followed.username })
  }
}
