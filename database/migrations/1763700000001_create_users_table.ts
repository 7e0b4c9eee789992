import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('username', 40).notNullable()
      table.string('email', 254).notNullable()
      table.string('password').notNullable()
      table.text('bio').nullable()
      table.string('image', 2048).nullable()
      table.string('location', 120).nullable()
      table.string('role', 16).notNullable().defaultTo('member')
      table.boolean('is_active').notNullable().defaultTo(true)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).nullable()
    })
    // "Alice" and "alice" are the same person; e-mails are stored lower-case.
    this.schema.raw('CREATE UNIQUE INDEX users_username_lower_unique ON users (lower(username))')
    this.schema.raw('CREATE UNIQUE INDEX users_email_unique ON users (email)')
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('member', 'moderator', 'admin'))`
    )
    this.schema.raw('CREATE INDEX users_role_index ON users (role)')
    this.schema.raw('CREATE INDEX users_created_at_index ON users (created_at DESC)')
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
