import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Words in an article's body, for its reading time on cards and pages.
 * Computed by PostgreSQL on every write, so lists read a number instead of
 * scanning bodies. A word is a run of non-space characters holding a letter
 * or digit (Markdown markers such as "##" or "-" are not words); the editor's
 * live count (app/services/reading_time.ts) uses the same rule. Letters are
 * given as ranges, not [[:alpha:]], which would depend on the database's
 * locale (under C, Cyrillic or Japanese would count no words at all).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      ALTER TABLE articles ADD COLUMN word_count integer GENERATED ALWAYS AS (
        regexp_count(body, '\\S*[0-9A-Za-z\\u00C0-\\u1FFF\\u2C00-\\uD7FF]\\S*')
      ) STORED
    `)
  }

  async down() {
    this.schema.raw('ALTER TABLE articles DROP COLUMN word_count')
  }
}
