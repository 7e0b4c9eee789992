import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { errors as vineErrors } from '@vinejs/vine'
import type { Role } from '#models/user'

/**
 * Opens an account from the command line, e.g. the first admin:
 * `node ace users:create --username=ada --email=ada@example.com --role=admin`.
 * Missing values are asked for when the terminal is interactive.
 *
 * App modules are imported inside run(): ace reads every command file before
 * the app starts, when models (hashing) and validators (Lucid's Vine rules)
 * cannot be set up yet.
 */
export default class UsersCreate extends BaseCommand {
  static commandName = 'users:create'
  static description = 'Create an account (asks for anything missing when run in a terminal)'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: '3 to 40 letters, numbers, dashes or underscores' })
  declare username?: string

  @flags.string({ description: 'E-mail address used to sign in' })
  declare email?: string

  @flags.string({ description: 'member | moderator | admin (default: member)' })
  declare role?: string

  @flags.string({
    description: 'At least 8 characters; better typed at the hidden prompt than in shell history',
  })
  declare password?: string

  @flags.boolean({
    description: 'Ask for missing values (default: only when stdin is a terminal)',
    showNegatedVariantInHelp: true,
  })
  declare interactive?: boolean

  async run() {
    if (this.interactive ?? Boolean(process.stdin.isTTY)) await this.askForMissing()

    const missing = (['username', 'email', 'password'] as const).filter((name) => !this[name])
    if (missing.length) {
      this.logger.error(`Missing ${missing.map((name) => `--${name}`).join(', ')}`)
      this.exitCode = 1
      return
    }

    const { registerValidator } = await import('#validators/user')
    const { accountRoleValidator } = await import('#validators/admin')
    const { default: CreateUser } = await import('#actions/users/create_user')
    try {
      const account = await registerValidator.validate({
        username: this.username,
        email: this.email,
        password: this.password,
        password_confirmation: this.password,
      })
      const { role } = await accountRoleValidator.validate({ role: this.role ?? 'member' })
      const user = await new CreateUser().handle({ ...account, role }, { actor: null, via: 'cli' })
      this.logger.success(`Created ${role} ${user.username} <${user.email}>`)
    } catch (error) {
      if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
      for (const { field, message } of error.messages as { field: string; message: string }[]) {
        this.logger.error(`${field}: ${message}`)
      }
      this.exitCode = 1
    }
  }

  private async askForMissing() {
    const { ROLES } = await import('#models/user')
    this.username ||= await this.prompt.ask('Username')
    this.email ||= await this.prompt.ask('E-mail')
    this.password ||= await this.prompt.secure('Password (at least 8 characters)')
    this.role ||= await this.prompt.choice<Role>('Role', ROLES, { default: 'member' })
  }
}
