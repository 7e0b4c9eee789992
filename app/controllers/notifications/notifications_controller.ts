import type { HttpContext } from '@adonisjs/core/http'
import { latestNotifications } from '#queries/notifications'

/** The signed-in person's notifications page. */
export default class NotificationsController {
  async index({ auth, view }: HttpContext) {
    const notifications = await latestNotifications(auth.getUserOrFail().id)
    return view.render('pages/notifications/index', { notifications })
  }
}
