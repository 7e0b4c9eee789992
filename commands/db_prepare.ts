import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import db from '@adonisjs/lucid/services/db'

/**
 * Brings a development database up to date: runs pending migrations and
 * seeds the demo site when there are no users yet. `npm run dev` calls it.
 */
export default class DbPrepare extends BaseCommand {
  static commandName = 'db:prepare'
  static description = 'Run pending migrations and seed demo data into an empty database'
  static options: CommandOptions = { startApp: true }

  async run() {
    const migrate = await this.kernel.exec('migration:run', ['--force', '--compact-output'])
    if (migrate.exitCode) {
      this.exitCode = migrate.exitCode
      return
    }

    const [{ count }] = await db.from('users').count('* as count')
    if (Number(count) > 0) {
      this.logger.info('database has data; demo seed skipped')
      return
    }
    const seed = await this.kernel.exec('db:seed', [])
    this.exitCode = seed.exitCode
  }
}
