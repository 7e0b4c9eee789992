import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Replies, one level deep: a reply names the comment that starts its thread
 * (never another reply). Deleting a comment deletes its replies with it.
 * The partial index serves "the replies of these threads, oldest first".
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('comments', (table) => {
      table.integer('parent_id').nullable().references('id').inTable('comments').onDelete('CASCADE')
    })
    this.schema.raw(
      'CREATE INDEX comments_replies_index ON comments (parent_id, created_at, id) WHERE parent_id IS NOT NULL'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS comments_replies_index')
    this.schema.alterTable('comments', (table) => {
      table.dropColumn('parent_id')
    })
  }
}
