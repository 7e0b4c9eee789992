import db from '@adonisjs/lucid/services/db'
import { hashToken, type UserTokenKind } from '#actions/auth/user_tokens'

/** Whether a one-time link still works (not used, not expired), without using it up. */
export async function isUsableToken(token: string, kind: UserTokenKind) {
  const row = await db
    .from('user_tokens')
    .where({ token_hash: hashToken(token), kind })
    .whereNull('used_at')
    .where('expires_at', '>', new Date())
    .select('id')
    .first()
  return !!row
}
