import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type { Role } from '#models/user'
import RecordAuditLog from '#actions/audit/record_audit_log'
import AccountSafeguardError from '#exceptions/account_safeguard_error'
import { lockOtherActiveAdmins } from '#actions/users/update_user_status'

/**
 * Gives an account another role, recorded in the audit trail. Nobody changes
 * their own role, and the last active admin stays an admin.
 * The actor is null when an operator runs `node ace users:role`.
 */
export default class UpdateUserRole {
  async handle(actor: User | null, user: User, role: Role) {
    if (actor && actor.id === user.id) {
      throw new AccountSafeguardError('You cannot change your own role.')
    }
    if (user.role === role) return user

    return db.transaction(async (trx) => {
      if (
        user.role === 'admin' &&
        user.isActive &&
        (await lockOtherActiveAdmins(user, trx)) === 0
      ) {
        throw new AccountSafeguardError(`${user.username} is the last admin and must stay one.`)
      }
      const previous = user.role
      user.useTransaction(trx)
      user.role = role
      await user.save()
      await new RecordAuditLog().handle(
        {
          actor,
          action: 'user.role_changed',
          target: { type: 'user', id: user.id },
          details: { username: user.username, from: previous, to: role },
        },
        trx
      )
      return user
    })
  }
}
