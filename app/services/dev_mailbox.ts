import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import app from '@adonisjs/core/services/app'
import { MailResponse } from '@adonisjs/mail'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'

/** Where development mail goes: one .eml file per message, newest name last. */
export const DEV_MAILBOX_DIR = app.tmpPath('mailbox')

/**
 * Development mail transport: nodemailer builds the real MIME message and it
 * is written to tmp/mailbox instead of being sent, so any process (the web
 * server, a worker, `node ace mail:test`) delivers to one local mailbox that
 * the dev-only page /dev/mailbox reads. Nothing to install or run.
 */
export class DevMailboxTransport implements MailTransportContract {
  #builder = nodemailer.createTransport({ streamTransport: true, buffer: true })

  async send(message: NodeMailerMessage) {
    const info = await this.#builder.sendMail(message)
    await mkdir(DEV_MAILBOX_DIR, { recursive: true })
    const name = `${Date.now()}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`
    await writeFile(join(DEV_MAILBOX_DIR, name), info.message as Buffer)
    return new MailResponse(info.messageId, info.envelope, info)
  }
}

/** The raw messages in the development mailbox, newest first. */
export async function readDevMailbox(limit = 50) {
  const names = await readdir(DEV_MAILBOX_DIR).catch(() => [] as string[])
  const newest = names
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, limit)
  return Promise.all(
    newest.map(async (name) => ({ name, raw: await readFile(join(DEV_MAILBOX_DIR, name)) }))
  )
}
