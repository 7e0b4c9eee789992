import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace users:deactivate ada`: the account can no longer sign in, its API
 * tokens stop working and its open sessions end on their next request.
 * App modules load in run(), once the app has started.
 */
export default class UsersDeactivate extends BaseCommand {
  static commandName = 'users:deactivate'
  static description = 'Deactivate an account and revoke its API tokens'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Username of the account' })
  declare username: string

  async run() {
    const { default: User } = await import('#models/user')
    const { default: UpdateUserStatus } = await import('#actions/users/update_user_status')
    const { default: AccountSafeguardError } = await import('#exceptions/account_safeguard_error')

    const user = await User.findByUsername(this.username)
    if (!user) {
      this.logger.error(`No account with the username "${this.username}"`)
      this.exitCode = 1
      return
    }
    if (!user.isActive) {
      this.logger.info(`${user.username} is already deactivated`)
      return
    }
    try {
      await new UpdateUserStatus().handle(null, user, false)
      this.logger.success(`${user.username} has been deactivated and signed out everywhere`)
    } catch (error) {
      if (!(error instanceof AccountSafeguardError)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
