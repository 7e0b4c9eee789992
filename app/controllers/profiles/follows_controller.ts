import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import type User from '#models/user'
import CreateFollow from '#actions/follows/create_follow'
import DeleteFollow from '#actions/follows/delete_follow'
import { findMember } from '#queries/profiles'
import { safeNextPath } from '#services/safe_redirect'

/** Following and unfollowing a member; back to the page the button was on (their profile or an article). */
export default class FollowsController {
  async store({ params, request, response, auth, session }: HttpContext) {
    const followed = await findMember(params.username)
    await new CreateFollow().handle(auth.getUserOrFail(), followed)
    session.flash('success', `You now follow ${followed.username}.`)
    return response.redirect(safeNextPath(request.input('next')) ?? profileUrl(followed))
  }

  async destroy({ params, request, response, auth, session }: HttpContext) {
    const followed = await findMember(params.username)
    await new DeleteFollow().handle(auth.getUserOrFail(), followed)
    session.flash('success', `You no longer follow ${followed.username}.`)
    return response.redirect(safeNextPath(request.input('next')) ?? profileUrl(followed))
  }
}

function profileUrl(member: User) {
  return urlFor('profiles.show', { username: member.username })
}
