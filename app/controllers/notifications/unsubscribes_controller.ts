import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import UpdateNotificationPreferences from '#actions/notifications/update_notification_preferences'

const LABELS = { comment: 'comments on your articles', follow: 'new followers' } as const

/**
 * One-click unsubscribe from notification e-mails: the signed link in every
 * notification message works without signing in. GET asks (a link scanner
 * must not unsubscribe anyone), POST does it, which is also what mail
 * clients send for List-Unsubscribe-Post (RFC 8058).
 */
export default class UnsubscribesController {
  async show({ request, params, view, response }: HttpContext) {
    if (!request.hasValidSignature()) return this.invalid(view, response)
    return view.render('pages/notifications/unsubscribe', {
      what: LABELS[params.kind as keyof typeof LABELS],
      action: request.url(true),
      done: false,
    })
  }

  async store({ request, params, view, response }: HttpContext) {
    if (!request.hasValidSignature()) return this.invalid(view, response)
    const user = await User.find(params.userId)
    if (!user) return this.invalid(view, response)
    const kind = params.kind as keyof typeof LABELS
    // Still shown in the site; only the e-mails stop.
    if ((kind === 'comment' ? user.commentNotifications : user.followNotifications) === 'email') {
      await new UpdateNotificationPreferences().handle(user, { [kind]: 'site' })
    }
    return view.render('pages/notifications/unsubscribe', {
      what: LABELS[kind],
      action: null,
      done: true,
    })
  }

  private invalid(view: HttpContext['view'], response: HttpContext['response']) {
    response.status(404)
    return view.render('pages/notifications/unsubscribe', { what: null, action: null, done: false })
  }
}
