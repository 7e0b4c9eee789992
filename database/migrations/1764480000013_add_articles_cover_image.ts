import { BaseSchema } from '@adonisjs/lucid/schema'

/** An optional cover image per article: the path of an upload (see app/services/images.ts). */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('articles', (table) => {
      table.string('cover_image', 2048).nullable()
    })
  }

  async down() {
    this.schema.alterTable('articles', (table) => {
      table.dropColumn('cover_image')
    })
  }
}
