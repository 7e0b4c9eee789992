import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { errors as vineErrors } from '@vinejs/vine'

/**
 * `node ace users:role ada admin`: gives an account another role (recorded in
 * the audit trail). App modules load in run(), once the app has started.
 */
export default class UsersRole extends BaseCommand {
  static commandName = 'users:role'
  static description = 'Change the role of an account: member, moderator or admin'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Username of the account' })
  declare username: string

  @args.string({ description: 'member | moderator | admin' })
  declare role: string

  async run() {
    const { default: User } = await import('#models/user')
    const { default: UpdateUserRole } = await import('#actions/users/update_user_role')
    const { default: AccountSafeguardError } = await import('#exceptions/account_safeguard_error')
    const { accountRoleValidator } = await import('#validators/admin')

    const user = await User.findByUsername(this.username)
    if (!user) {
      this.logger.error(`No account with the username "${this.username}"`)
      this.exitCode = 1
      return
    }
    try {
      const { role } = await accountRoleValidator.validate({ role: this.role })
      await new UpdateUserRole().handle(null, user, role)
      this.logger.success(`${user.username} is now ${role === 'admin' ? 'an' : 'a'} ${role}`)
    } catch (error) {
      if (error instanceof vineErrors.E_VALIDATION_ERROR) {
        this.logger.error(`"${this.role}" is not a role; use member, moderator or admin`)
      } else if (error instanceof AccountSafeguardError) {
        this.logger.error(error.message)
      } else {
        throw error
      }
      this.exitCode = 1
    }
  }
}
