import type { HttpContext } from '@adonisjs/core/http'
import UpdateNotificationPreferences from '#actions/notifications/update_notification_preferences'
import { notificationPreferencesValidator } from '#validators/user'

/** Notification preferences: what reaches the person by e-mail, on the site only, or not at all. */
export default class NotificationPreferencesController {
  async update({ auth, request, session, response }: HttpContext) {
    const choices = await request.validateUsing(notificationPreferencesValidator)
    await new UpdateNotificationPreferences().handle(auth.getUserOrFail(), choices)
    session.flash('success', 'Your notification settings have been saved.')
    return response.redirect().toRoute('profiles.settings.edit')
  }
}
