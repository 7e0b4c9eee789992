import type { HttpContext } from '@adonisjs/core/http'
import MarkNotificationsRead from '#actions/notifications/mark_notifications_read'

/** Marking the signed-in person's notifications read: all of them, or the one named by `id`. */
export default class ReadingsController {
  async store({ auth, request, response }: HttpContext) {
    const id = Number(request.input('id'))
    await new MarkNotificationsRead().handle(
      auth.getUserOrFail().id,
      Number.isSafeInteger(id) && id > 0 ? id : undefined
    )
    return response.redirect().toRoute('notifications.index')
  }
}
