import { Job, exponentialBackoff } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import mail from '@adonisjs/mail/services/main'
import env from '#start/env'
import NoticeMail from '#mails/notice_mail'
import { noticeFor, type MailPayload } from '#mails/messages'

/**
 * Every message Folio sends goes through this job, so a slow or failing mail
 * server never slows a request: the worker retries with growing pauses and,
 * after the last attempt, keeps the job as failed (dead) for the admin jobs page.
 */
export default class SendMailJob extends Job<MailPayload> {
  static options: JobOptions = {
    name: 'SendMail',
    queue: 'default',
    maxRetries: 5,
    retry: {
      backoff: exponentialBackoff({
        baseDelay: env.get('QUEUE_RETRY_DELAY', '10s'),
        maxDelay: '30m',
        multiplier: 3,
      }),
    },
    timeout: '1m',
    removeOnFail: false,
  }

  async execute() {
    await mail.send(new NoticeMail(this.payload.to, noticeFor(this.payload)))
  }
}
