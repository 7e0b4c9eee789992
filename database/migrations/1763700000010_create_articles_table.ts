import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'articles'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('author_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('slug', 255).notNullable().unique()
      table.string('title', 255).notNullable()
      table.text('description').notNullable()
      table.text('body').notNullable()
      table.boolean('published').notNullable().defaultTo(false)
      table.timestamp('published_at', { useTz: true }).nullable()
      table.integer('views').notNullable().defaultTo(0)
      // Kept by a trigger on favorites, so lists never count the favorites table.
      table.integer('favorites_count').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).nullable()
    })

    // Full-text document: title weighs over description over body.
    this.schema.raw(`
      ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(body, '')), 'C')
      ) STORED
    `)
    this.schema.raw('CREATE INDEX articles_search_index ON articles USING GIN (search)')

    // The public feeds: newest published first.
    this.schema.raw(
      'CREATE INDEX articles_published_feed_index ON articles (published_at DESC, id DESC) WHERE published'
    )
    // An author's own lists (profile, dashboard) and the API's newest-first order.
    this.schema.raw(
      'CREATE INDEX articles_author_index ON articles (author_id, created_at DESC, id DESC)'
    )
    this.schema.raw('CREATE INDEX articles_created_at_index ON articles (created_at DESC, id DESC)')
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
