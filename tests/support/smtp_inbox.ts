import { createServer } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'

export interface ReceivedMail {
  to: string[]
  subject: string
  text: string
  html: string
  headers: ParsedMail['headers']
  /** The header lines as sent, e.g. "List-Unsubscribe: <https://…>". */
  headerLines: string[]
  /** The first link in the plain-text part that contains `fragment`. */
  link(fragment: string): string
}

/**
 * A real SMTP server in the test process (npm `smtp-server`): the app sends
 * to it over TCP exactly as it would to a production relay, and tests assert
 * on what arrived. `failing = true` makes it refuse every message with a
 * temporary error, as an overloaded relay does.
 */
export class SmtpInbox {
  messages: ReceivedMail[] = []
  failing = false
  #server: SMTPServer

  constructor() {
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        if (this.failing) {
          stream.resume()
          stream.on('end', () =>
            callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }))
          )
          return
        }
        simpleParser(stream).then(
          (parsed) => {
            const text = parsed.text ?? ''
            this.messages.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? '',
              text,
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers: parsed.headers,
              headerLines: parsed.headerLines.map((header) =>
                header.line.replace(/\r?\n\s+/g, ' ')
              ),
              link(fragment: string) {
                const found = (text.match(/https?:\/\/[^\s<>]+/g) ?? []).find((url) =>
                  url.includes(fragment)
                )
                if (!found) throw new Error(`no link with "${fragment}" in:\n${text}`)
                return found
              },
            })
            callback()
          },
          (error) => callback(error)
        )
      },
    })
  }

  listen(port: number) {
    return new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(port, '127.0.0.1', () => resolve())
    })
  }

  close() {
    return new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  clear() {
    this.messages = []
    this.failing = false
  }

  /** Messages received for one address. */
  to(address: string) {
    return this.messages.filter((message) => message.to.includes(address.toLowerCase()))
  }

  /** Waits until `count` messages have arrived for `address` (a worker sends them in its own time). */
  async waitFor(address: string, count = 1, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs
    while (this.to(address).length < count) {
      if (Date.now() > deadline) {
        throw new Error(
          `expected ${count} message(s) for ${address}, got ${this.to(address).length}`
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return this.to(address)
  }
}

export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer().once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/**
 * The inbox the in-process suites send to: bin/test.ts picks SMTP_PORT before
 * the app reads its configuration, tests/bootstrap.ts starts it.
 */
export const testInbox = new SmtpInbox()
