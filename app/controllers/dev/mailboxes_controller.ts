import type { HttpContext } from '@adonisjs/core/http'
import { readDevMailbox } from '#services/dev_mailbox'

/**
 * Development only (not routed in production): the messages Folio "sent",
 * caught in tmp/mailbox by the mailbox mailer (config/mail.ts).
 */
export default class MailboxesController {
  async show({ view, request }: HttpContext) {
    // mailparser is a development dependency, like this page.
    const { simpleParser } = await import('mailparser')
    const stored = await readDevMailbox()
    const messages = await Promise.all(
      stored.map(async ({ name, raw }) => {
        const parsed = await simpleParser(raw)
        return {
          id: name.replace(/\.eml$/, ''),
          subject: parsed.subject ?? '(no subject)',
          to: parsed.to
            ? [parsed.to]
                .flat()
                .map((address) => address.text)
                .join(', ')
            : '',
          date: parsed.date?.toISOString() ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          text: parsed.text ?? '',
          // The links in the message, clickable here (the HTML part is shown sandboxed).
          links: [...new Set((parsed.text ?? '').match(/https?:\/\/[^\s<>]+/g) ?? [])],
        }
      })
    )
    const selectedId = request.input('message', messages[0]?.id)
    const selected = messages.find((message) => message.id === selectedId) ?? null
    return view.render('pages/dev/mailbox', { messages, selected })
  }
}
