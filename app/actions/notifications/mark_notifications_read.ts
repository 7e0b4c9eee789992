import db from '@adonisjs/lucid/services/db'

/** Marks one notification, or all of them, as read for their owner. */
export default class MarkNotificationsRead {
  async handle(userId: number, notificationId?: number) {
    const query = db
      .from('notifications')
      .where('user_id', userId)
      .whereNull('read_at')
      .update({ read_at: new Date() })
    if (notificationId !== undefined) query.where('id', notificationId)
    await query
  }
}
