import type User from '#models/user'

export const NOTIFICATION_CHOICES = ['email', 'site', 'off'] as const
export type NotificationChoice = (typeof NOTIFICATION_CHOICES)[number]
export type NotificationKind = 'comment' | 'follow'

/** Per kind: e-mail and site, site only, or nothing. */
export default class UpdateNotificationPreferences {
  async handle(user: User, choices: Partial<Record<NotificationKind, NotificationChoice>>) {
    if (choices.comment) user.commentNotifications = choices.comment
    if (choices.follow) user.followNotifications = choices.follow
    await user.save()
    return user
  }
}
