import { BaseSchema } from '@adonisjs/lucid/schema'

/** Cache of the weather provider's answers, one row per normalized place. */
export default class extends BaseSchema {
  protected tableName = 'weather_forecasts'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('location_key', 160).notNullable().unique()
      table.jsonb('payload').notNullable()
      table.timestamp('fetched_at', { useTz: true }).notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable().index()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
