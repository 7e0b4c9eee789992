import { BaseSchema } from '@adonisjs/lucid/schema'

/** Who did what in the admin area. Kept when the actor's account is deleted. */
export default class extends BaseSchema {
  protected tableName = 'audit_logs'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('actor_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.string('action', 64).notNullable()
      table.string('target_type', 32).notNullable()
      table.integer('target_id').nullable()
      table.jsonb('details').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['actor_id'])
      table.index(['created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
