import db from '@adonisjs/lucid/services/db'
import User, { type Role } from '#models/user'
import RecordAuditLog from '#actions/audit/record_audit_log'
import { whileAccountFieldsAreFree } from '#actions/unique_violation'

export interface NewUser {
  username: string
  email: string
  password: string
  role?: Role
}

/** Someone other than the account's owner opening it: null is an operator at the command line. */
export interface AccountOpener {
  actor: User | null
  via: 'cli'
}

/**
 * Opens an account. The role defaults to member; only operators pass
 * another. An account opened for someone is recorded in the audit trail, in
 * the same transaction. A username or e-mail registered at the same moment
 * by someone else is a 422.
 */
export default class CreateUser {
  handle({ username, email, password, role = 'member' }: NewUser, openedBy?: AccountOpener) {
    return whileAccountFieldsAreFree(() => {
      if (!openedBy) return User.create({ username, email, password, role, isActive: true })

      return db.transaction(async (trx) => {
        const user = await User.create(
          { username, email, password, role, isActive: true },
          { client: trx }
        )
        await new RecordAuditLog().handle(
          {
            actor: openedBy.actor,
            action: 'user.created',
            target: { type: 'user', id: user.id },
            details: { username: user.username, role, via: openedBy.via },
          },
          trx
        )
        return user
      })
    })
  }
}
