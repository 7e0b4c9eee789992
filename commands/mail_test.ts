import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** Queues a test message, to check the mail settings end to end (a worker sends it). */
export default class MailTest extends BaseCommand {
  static commandName = 'mail:test'
  static description = 'Queue a test e-mail to the given address (a queue worker sends it)'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Address to send the test message to' })
  declare address: string

  async run() {
    const { default: vine } = await import('@vinejs/vine')
    const { default: SendMailJob } = await import('#jobs/send_mail')
    const { default: app } = await import('@adonisjs/core/services/app')

    const [error, valid] = await vine.tryValidate({
      schema: vine.object({ address: vine.string().trim().email() }),
      data: { address: this.address },
    })
    if (error) {
      this.logger.error(`"${this.address}" is not an e-mail address`)
      this.exitCode = 1
      return
    }

    const { jobId } = await SendMailJob.dispatch({ kind: 'test', to: valid.address })
    this.logger.success(`Test message to ${valid.address} queued (job ${jobId})`)
    if (!app.inProduction) {
      this.logger.info('In development it lands in the mailbox at /dev/mailbox')
    }
  }
}
