import SendNotificationEmails from '#actions/notifications/send_notification_emails'
import { MinutelyJob } from '#jobs/minutely_job'

/** Mails what notifications are due, batched per person and kind. */
export default class SendNotificationEmailsJob extends MinutelyJob {
  static options = MinutelyJob.minutely('SendNotificationEmails')

  async execute() {
    await new SendNotificationEmails().handle()
  }
}
