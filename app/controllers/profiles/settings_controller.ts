import type { HttpContext } from '@adonisjs/core/http'
import UpdateUser from '#actions/users/update_user'
import { updateSettingsValidator } from '#validators/user'

/** A member's own account settings: picture, name, bio, e-mail, location. */
export default class SettingsController {
  edit({ view, auth }: HttpContext) {
    return view.render('pages/profiles/settings', { user: auth.getUserOrFail() })
  }

  async update({ request, auth, session, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const changes = await request.validateUsing(updateSettingsValidator, {
      meta: { userId: user.id },
    })
    await new UpdateUser().handle(user, changes)
    session.flash('success', 'Your settings have been saved.')
    return response.redirect().toRoute('profiles.settings.edit')
  }
}
