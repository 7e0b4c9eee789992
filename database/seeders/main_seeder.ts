import { BaseSeeder } from '@adonisjs/lucid/seeders'
import User from '#models/user'

/**
 * The demo site. Idempotent: demo accounts are matched by e-mail, so running
 * `node ace db:seed` twice changes nothing.
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    const accounts = [
      { username: 'admin', email: 'admin@folio.test', role: 'admin' as const },
      { username: 'moderator', email: 'moderator@folio.test', role: 'moderator' as const },
      { username: 'alice', email: 'alice@folio.test', role: 'member' as const },
    ]
    for (const account of accounts) {
      await User.firstOrCreate({ email: account.email }, { ...account, password: 'password123' })
    }
  }
}
