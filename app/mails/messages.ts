import type { NoticeContent } from '#mails/notice_mail'

/**
 * The messages Folio sends, as typed payloads for the SendMail job
 * (app/jobs/send_mail.ts): only plain data crosses the queue, the wording lives here.
 */
export type MailPayload =
  | { kind: 'test'; to: string }
  | { kind: 'password_reset'; to: string; username: string; url: string }
  | { kind: 'verify_email'; to: string; username: string; url: string; change: boolean }
  | { kind: 'email_change_notice'; to: string; username: string; newEmail: string }
  | {
      kind: 'notifications'
      to: string
      username: string
      notificationKind: 'comment' | 'follow'
      items: { text: string; url: string }[]
      notificationsUrl: string
      unsubscribeUrl: string
    }

export function noticeFor(payload: MailPayload): NoticeContent {
  switch (payload.kind) {
    case 'test':
      return {
        subject: 'Folio test message',
        heading: 'Mail works',
        lines: ['This is a test message from Folio (node ace mail:test).'],
      }
    case 'password_reset':
      return {
        subject: 'Reset your Folio password',
        heading: `Hello ${payload.username},`,
        lines: [
          'Someone asked to reset the password of your Folio account. If it was you, choose a new password with the link below.',
        ],
        action: { label: 'Choose a new password', url: payload.url },
        footnote:
          'The link works once and expires in one hour. If you did not ask for it, ignore this message: your password stays as it is.',
      }
    case 'verify_email':
      return {
        subject: payload.change ? 'Confirm your new e-mail address' : 'Confirm your e-mail address',
        heading: `Hello ${payload.username},`,
        lines: [
          payload.change
            ? 'Confirm that this is your new address for Folio. Until you do, your account keeps the old one.'
            : 'Welcome to Folio! Please confirm that this address is yours.',
        ],
        action: { label: 'Confirm this address', url: payload.url },
        footnote: 'The link expires in 24 hours. If you did not expect it, ignore this message.',
      }
    case 'email_change_notice':
      return {
        subject: 'Your Folio e-mail address is changing',
        heading: `Hello ${payload.username},`,
        lines: [
          `Someone asked to change the e-mail address of your Folio account to ${payload.newEmail}. The change takes effect once that address is confirmed.`,
          'If this was not you, change your password now.',
        ],
      }
    case 'notifications': {
      const single = payload.items.length === 1
      const what = payload.notificationKind === 'comment' ? 'comment' : 'follower'
      return {
        subject: single ? payload.items[0].text : `${payload.items.length} new ${what}s on Folio`,
        heading: `Hello ${payload.username},`,
        lines: [
          single
            ? `You have a new ${what} on Folio:`
            : `Here is what happened since our last message about ${what}s:`,
        ],
        items: payload.items,
        action: { label: 'See your notifications', url: payload.notificationsUrl },
        unsubscribeUrl: payload.unsubscribeUrl,
      }
    }
  }
}
