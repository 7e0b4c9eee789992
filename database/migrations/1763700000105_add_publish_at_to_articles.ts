import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Scheduled publishing: a draft with `publish_at` is published by the
 * PublishScheduledArticles job once that time has come (UTC stored).
 */
export default class extends BaseSchema {
  protected tableName = 'articles'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.timestamp('publish_at', { useTz: true }).nullable()
    })
    this.schema.raw(
      'CREATE INDEX articles_publish_at_index ON articles (publish_at) WHERE publish_at IS NOT NULL AND NOT published'
    )
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('publish_at')
    })
  }
}
