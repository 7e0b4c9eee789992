import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One-time links sent by e-mail: password resets and address verifications.
 * Only a SHA-256 of the secret is stored; a link works once, until it expires.
 */
export default class extends BaseSchema {
  protected tableName = 'user_tokens'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('kind', 32).notNullable()
      table.string('token_hash', 64).notNullable().unique()
      // The address a verification link confirms (the new one for an address change).
      table.string('email', 254).nullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['user_id', 'kind'])
      table.index(['expires_at'])
    })
    this.schema.raw(
      `ALTER TABLE user_tokens ADD CONSTRAINT user_tokens_kind_check CHECK (kind IN ('password_reset', 'email_verification'))`
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
