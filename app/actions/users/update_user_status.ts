import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import RecordAuditLog from '#actions/audit/record_audit_log'
import RevokeCredentials from '#actions/users/revoke_credentials'
import AccountSafeguardError from '#exceptions/account_safeguard_error'

/**
 * Counts the active admins other than `user`, locking their rows so that two
 * admins demoting or deactivating each other at once cannot both succeed.
 */
export async function lockOtherActiveAdmins(user: User, trx: TransactionClientContract) {
  const others = await User.query({ client: trx })
    .where('role', 'admin')
    .where('is_active', true)
    .whereNot('id', user.id)
    .forUpdate()
  return others.length
}

/**
 * Deactivates or reactivates an account, recorded in the audit trail. A
 * deactivated account loses its API tokens and remembered browsers at once;
 * its open sessions end on their next request. Nobody deactivates themselves
 * or the last active admin. The actor is null for `node ace users:deactivate`.
 */
export default class UpdateUserStatus {
  async handle(actor: User | null, user: User, active: boolean) {
    if (actor && actor.id === user.id && !active) {
      throw new AccountSafeguardError('You cannot deactivate your own account.')
    }
    if (user.isActive === active) return user

    await db.transaction(async (trx) => {
      if (!active && user.role === 'admin' && (await lockOtherActiveAdmins(user, trx)) === 0) {
        throw new AccountSafeguardError(
          `${user.username} is the last admin and cannot be deactivated.`
        )
      }
      user.useTransaction(trx)
      user.isActive = active
      await user.save()
      await new RecordAuditLog().handle(
        {
          actor,
          action: active ? 'user.activated' : 'user.deactivated',
          target: { type: 'user', id: user.id },
          details: { username: user.username },
        },
        trx
      )
    })
    // Tokens are refused for inactive users anyway (auth middleware); revoking them makes it final.
    if (!active) await new RevokeCredentials().handle(user)
    return user
  }
}
