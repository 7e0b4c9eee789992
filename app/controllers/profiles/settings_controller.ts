import type { HttpContext } from '@adonisjs/core/http'
import UpdateUser from '#actions/users/update_user'
import RequestEmailChange from '#actions/users/request_email_change'
import StoreImage from '#actions/uploads/store_image'
import DeleteImage from '#actions/uploads/delete_image'
import { updateSettingsValidator } from '#validators/user'

/** A member's own account settings: picture, name, bio, e-mail, location. */
export default class SettingsController {
  edit({ view, auth }: HttpContext) {
    return view.render('pages/profiles/settings', { user: auth.getUserOrFail() })
  }

  async update({ request, auth, session, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { avatar, email, ...profile } = await request.validateUsing(updateSettingsValidator, {
      meta: { userId: user.id },
    })
    const uploaded = avatar
      ? await new StoreImage().handle(user, avatar, { kind: 'avatar', field: 'avatar' })
      : undefined
    try {
      await new UpdateUser().handle(user, uploaded ? { ...profile, image: uploaded } : profile)
    } catch (error) {
      await new DeleteImage().handle(uploaded)
      throw error
    }
    // A new address takes effect once confirmed from the link mailed to it.
    const changing = await new RequestEmailChange().handle(user, email)
    session.flash(
      'success',
      changing
        ? `Your settings have been saved. To use ${email}, follow the link we sent to it.`
        : 'Your settings have been saved.'
    )
    return response.redirect().toRoute('profiles.settings.edit')
  }
}
