import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Search ranks every match by reading its `search` document. Stored the
 * default way, a typical article row (about 1 kB of text and a 1.6 kB
 * document) is over PostgreSQL's 2 kB TOAST threshold, so the document is
 * moved out to the TOAST table and each ranked match costs an extra index
 * lookup there: about half the time of a search at 100,000 articles.
 * Raising the threshold to half a page keeps typical rows whole (two per
 * page, still leaving the fillfactor's room for in-place view updates);
 * long articles are compressed and moved out as before. Applies to rows
 * written from now on; `VACUUM FULL articles` rewrites the older ones.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('ALTER TABLE articles SET (toast_tuple_target = 4080)')
  }

  async down() {
    this.schema.raw('ALTER TABLE articles RESET (toast_tuple_target)')
  }
}
