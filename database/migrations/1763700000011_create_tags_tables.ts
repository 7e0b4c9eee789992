import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('tags', (table) => {
      table.increments('id')
      table.string('name', 40).notNullable().unique()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.schema.createTable('article_tags', (table) => {
      table
        .integer('article_id')
        .notNullable()
        .references('id')
        .inTable('articles')
        .onDelete('CASCADE')
      table.integer('tag_id').notNullable().references('id').inTable('tags').onDelete('CASCADE')
      table.primary(['article_id', 'tag_id'])
      // Tag pages and popular tags go from the tag to its articles.
      table.index(['tag_id', 'article_id'])
    })
  }

  async down() {
    this.schema.dropTable('article_tags')
    this.schema.dropTable('tags')
  }
}
