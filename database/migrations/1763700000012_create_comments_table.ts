import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'comments'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('article_id')
        .notNullable()
        .references('id')
        .inTable('articles')
        .onDelete('CASCADE')
      table.integer('author_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.text('body').notNullable()
      table.string('status', 16).notNullable().defaultTo('visible')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).nullable()
      table.index(['article_id', 'created_at'])
      table.index(['author_id'])
    })
    this.schema.raw(
      `ALTER TABLE comments ADD CONSTRAINT comments_status_check CHECK (status IN ('visible', 'hidden'))`
    )
    // Moderation queue: newest first, filtered by status.
    this.schema.raw(
      'CREATE INDEX comments_moderation_index ON comments (status, created_at DESC, id DESC)'
    )
    this.schema.raw('CREATE INDEX comments_created_at_index ON comments (created_at DESC, id DESC)')
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
