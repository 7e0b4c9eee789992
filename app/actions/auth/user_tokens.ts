import { createHash, randomBytes } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'

export type UserTokenKind = 'password_reset' | 'email_verification'

export function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * Issues a one-time link secret for a user. Only its SHA-256 is stored, so a
 * copy of the database cannot be used to reset anyone's password. Earlier
 * unused links of the same kind stop working: only the latest one counts.
 */
export async function issueUserToken(
  userId: number,
  kind: UserTokenKind,
  options: { email?: string; ttl: { hours: number } },
  trx?: TransactionClientContract
) {
  const client = trx ?? db
  const token = randomBytes(32).toString('base64url')
  await client.from('user_tokens').where({ user_id: userId, kind }).whereNull('used_at').delete()
  await client.table('user_tokens').insert({
    user_id: userId,
    kind,
    token_hash: hashToken(token),
    email: options.email ?? null,
    expires_at: DateTime.now().plus(options.ttl).toJSDate(),
    created_at: new Date(),
  })
  return token
}

/**
 * Uses up a link: returns its row and marks it used, or null when it is
 * unknown, already used or expired. The row is locked, so two clicks racing
 * each other cannot both succeed.
 */
export async function consumeUserToken(
  trx: TransactionClientContract,
  token: string,
  kind: UserTokenKind
): Promise<{ id: number; userId: number; email: string | null } | null> {
  const row = await trx
    .from('user_tokens')
    .where({ token_hash: hashToken(token), kind })
    .whereNull('used_at')
    .where('expires_at', '>', new Date())
    .forUpdate()
    .select('id', 'user_id', 'email')
    .first()
  if (!row) return null
  await trx.from('user_tokens').where('id', row.id).update({ used_at: new Date() })
  return { id: Number(row.id), userId: row.user_id, email: row.email }
}
