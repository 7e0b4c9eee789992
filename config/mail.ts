import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, transports } from '@adonisjs/mail'
import { DevMailboxTransport } from '#services/dev_mailbox'

/**
 * Production sends through SMTP (SMTP_* variables). Development keeps every
 * message in a local mailbox readable at /dev/mailbox (MAIL_MAILER=mailbox,
 * the default outside production). Tests send over SMTP to a real SMTP server
 * the test process starts (tests/support/smtp_inbox.ts).
 */
const mailConfig = defineConfig({
  default: env.get('MAIL_MAILER', app.inProduction || app.inTest ? 'smtp' : 'mailbox'),

  from: {
    address: env.get('MAIL_FROM_ADDRESS', 'folio@localhost'),
    name: env.get('MAIL_FROM_NAME', 'Folio'),
  },

  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 587),
      secure: env.get('SMTP_SECURE', false),
      ...(env.get('SMTP_USERNAME')
        ? {
            auth: {
              type: 'login' as const,
              user: env.get('SMTP_USERNAME')!,
              pass: env.get('SMTP_PASSWORD', ''),
            },
          }
        : {}),
      // A stuck mail server fails the job (which is retried) rather than hanging a worker.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    }),
    mailbox: () => new DevMailboxTransport(),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
