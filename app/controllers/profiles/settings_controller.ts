import type { HttpContext } from '@adonisjs/core/http'
import UpdateUser from '#actions/users/update_user'
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
    const { avatar, ...changes } = await request.validateUsing(updateSettingsValidator, {
      meta: { userId: user.id },
    })
    const uploaded = avatar
      ? await new StoreImage().handle(user, avatar, { kind: 'avatar', field: 'avatar' })
      : undefined
    try {
      await new UpdateUser().handle(user, uploaded ? { ...changes, image: uploaded } : changes)
    } catch (error) {
      await new DeleteImage().handle(uploaded)
      throw error
    }
    session.flash('success', 'Your settings have been saved.')
    return response.redirect().toRoute('profiles.settings.edit')
  }
}
