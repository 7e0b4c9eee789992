import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * E-mail verification and notification preferences.
 * Accounts opened before verification existed count as verified.
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.timestamp('email_verified_at', { useTz: true }).nullable()
      // An address change waiting for its confirmation; `email` keeps working meanwhile.
      table.string('pending_email', 254).nullable()
      // Per kind: 'email' (site and e-mail), 'site' (site only) or 'off'.
      table.string('comment_notifications', 8).notNullable().defaultTo('email')
      table.string('follow_notifications', 8).notNullable().defaultTo('site')
    })
    this.defer(async (client) => {
      await client.from('users').update({ email_verified_at: client.raw('created_at') })
    })
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_notification_preferences_check CHECK (
        comment_notifications IN ('email', 'site', 'off') AND follow_notifications IN ('email', 'site', 'off'))`
    )
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumns(
        'email_verified_at',
        'pending_email',
        'comment_notifications',
        'follow_notifications'
      )
    })
  }
}
