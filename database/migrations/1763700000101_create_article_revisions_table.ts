import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The text an article had before each save: title, description, body and
 * tag names, with who saved over it and when. The newest 50 per article are
 * kept (app/actions/articles/update_article.ts prunes the rest).
 */
export default class extends BaseSchema {
  protected tableName = 'article_revisions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('article_id')
        .notNullable()
        .references('id')
        .inTable('articles')
        .onDelete('CASCADE')
      // Who saved the change; the revision outlives a deleted account.
      table.integer('editor_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.string('title', 255).notNullable()
      table.text('description').notNullable()
      table.text('body').notNullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['article_id', 'id'])
      table.index(['editor_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
