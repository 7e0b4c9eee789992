import { ArticleSchema } from '#database/schema'
import { belongsTo, hasMany, manyToMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany, ManyToMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Tag from '#models/tag'
import Comment from '#models/comment'

/**
 * A piece of writing: Markdown body, tags, draft or published. The model
 * serves writes; reads (and who may see a draft) live in app/queries.
 */
export default class Article extends ArticleSchema {
  @belongsTo(() => User, { foreignKey: 'authorId' })
  declare author: BelongsTo<typeof User>

  @manyToMany(() => Tag, {
    pivotTable: 'article_tags',
    pivotForeignKey: 'article_id',
    pivotRelatedForeignKey: 'tag_id',
  })
  declare tags: ManyToMany<typeof Tag>

  @hasMany(() => Comment, { foreignKey: 'articleId' })
  declare comments: HasMany<typeof Comment>

  /** Tag names, sorted, once `tags` is loaded (the editor's tag field). */
  get tagList(): string[] {
    return (this.tags ?? []).map((tag) => tag.name).sort()
  }
}
