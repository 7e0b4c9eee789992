import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import SendNotificationEmails from '#actions/notifications/send_notification_emails'

/** Every minute (start/scheduler.ts): mails what notifications are due, batched per person and kind. */
export default class SendNotificationEmailsJob extends Job<Record<string, never>> {
  static options: JobOptions = {
    name: 'SendNotificationEmails',
    maxRetries: 1,
    removeOnFail: { age: '1d' },
  }

  async execute() {
    await new SendNotificationEmails().handle()
  }
}
