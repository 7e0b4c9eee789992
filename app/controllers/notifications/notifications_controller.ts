import type { HttpContext } from '@adonisjs/core/http'
import MarkNotificationsRead from '#actions/notifications/mark_notifications_read'
import { latestNotifications } from '#queries/notifications'

/** The signed-in person's notifications page, and marking them read. */
export default class NotificationsController {
  async index({ auth, view }: HttpContext) {
    const notifications = await latestNotifications(auth.getUserOrFail().id)
    return view.render('pages/notifications/index', { notifications })
  }

  /** POST /notifications/read: all of them, or the one named by `id`. */
  async read({ auth, request, response }: HttpContext) {
    const id = Number(request.input('id'))
    await new MarkNotificationsRead().handle(
      auth.getUserOrFail().id,
      Number.isSafeInteger(id) && id > 0 ? id : undefined
    )
    return response.redirect().toRoute('notifications.index')
  }
}
