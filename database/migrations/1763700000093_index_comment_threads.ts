import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A discussion reads its comments oldest first, ties broken by id: with the
 * id in the index the rows come out in that order, with no sort per request.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('CREATE INDEX comments_thread_index ON comments (article_id, created_at, id)')
    this.schema.raw('DROP INDEX IF EXISTS comments_article_id_created_at_index')
  }

  async down() {
    this.schema.raw(
      'CREATE INDEX comments_article_id_created_at_index ON comments (article_id, created_at)'
    )
    this.schema.raw('DROP INDEX IF EXISTS comments_thread_index')
  }
}
