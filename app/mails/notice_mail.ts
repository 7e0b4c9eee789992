import { BaseMail } from '@adonisjs/mail'
import { appUrl } from '#config/app'

export interface NoticeContent {
  subject: string
  heading: string
  lines: string[]
  items?: { text: string; url?: string }[]
  action?: { label: string; url: string }
  footnote?: string
  unsubscribeUrl?: string
}

/**
 * Every Folio message has one shape: a heading, a few paragraphs, maybe a
 * list and a button. HTML (resources/views/emails/notice.edge) and plain text
 * (emails/notice_text.edge) come from the same content.
 */
export default class NoticeMail extends BaseMail {
  constructor(
    private to: string,
    private content: NoticeContent
  ) {
    super()
    this.subject = content.subject
  }

  prepare() {
    const data = {
      items: [],
      action: null,
      footnote: null,
      unsubscribeUrl: null,
      ...this.content,
      siteUrl: appUrl,
    }
    this.message.to(this.to).htmlView('emails/notice', data).textView('emails/notice_text', data)
    if (this.content.unsubscribeUrl) {
      // One-click unsubscribe for mail clients (RFC 8058).
      this.message.header('List-Unsubscribe', `<${this.content.unsubscribeUrl}>`)
      this.message.header('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')
    }
  }
}
