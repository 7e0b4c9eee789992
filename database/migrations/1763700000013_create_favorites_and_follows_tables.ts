import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('favorites', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table
        .integer('article_id')
        .notNullable()
        .references('id')
        .inTable('articles')
        .onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['user_id', 'article_id'])
      table.index(['article_id'])
      // A profile's favorites, newest first.
      table.index(['user_id', 'created_at'])
    })

    this.schema.createTable('follows', (table) => {
      table.increments('id')
      table
        .integer('follower_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table
        .integer('followed_id')
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['follower_id', 'followed_id'])
      table.index(['followed_id'])
    })
    this.schema.raw(
      'ALTER TABLE follows ADD CONSTRAINT follows_not_self_check CHECK (follower_id <> followed_id)'
    )

    // articles.favorites_count follows the favorites table, whoever writes to it.
    this.schema.raw(`
      CREATE FUNCTION articles_favorites_count_sync() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE articles SET favorites_count = favorites_count + 1 WHERE id = NEW.article_id;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE articles SET favorites_count = favorites_count - 1 WHERE id = OLD.article_id;
        END IF;
        RETURN NULL;
      END;
      $$ LANGUAGE plpgsql
    `)
    this.schema.raw(`
      CREATE TRIGGER favorites_count_sync AFTER INSERT OR DELETE ON favorites
      FOR EACH ROW EXECUTE FUNCTION articles_favorites_count_sync()
    `)
  }

  async down() {
    this.schema.dropTable('follows')
    this.schema.dropTable('favorites')
    this.schema.raw('DROP FUNCTION IF EXISTS articles_favorites_count_sync()')
  }
}
