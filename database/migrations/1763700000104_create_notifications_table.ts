import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What a writer is told: a comment on their article, a new follower.
 * `emailed_at` is set once the notification went out by e-mail (alone or in a digest).
 */
export default class extends BaseSchema {
  protected tableName = 'notifications'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('kind', 16).notNullable()
      table.integer('actor_id').notNullable().references('users.id').onDelete('CASCADE')
      table.integer('article_id').nullable().references('articles.id').onDelete('CASCADE')
      table.integer('comment_id').nullable().references('comments.id').onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('emailed_at', { useTz: true }).nullable()
      table.index(['user_id', 'created_at'])
    })
    this.schema.raw(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('comment', 'follow'))`
    )
    // The header's unread count and the e-mail batching read only these rows.
    this.schema.raw(
      'CREATE INDEX notifications_unread_index ON notifications (user_id) WHERE read_at IS NULL'
    )
    this.schema.raw(
      'CREATE INDEX notifications_unemailed_index ON notifications (user_id, kind) WHERE emailed_at IS NULL'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
