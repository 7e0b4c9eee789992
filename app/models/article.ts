import { ArticleSchema } from '#database/schema'
import { belongsTo, hasMany, manyToMany, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany, ManyToMany } from '@adonisjs/lucid/types/relations'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import User from '#models/user'
import Tag from '#models/tag'
import Comment from '#models/comment'

/**
 * A piece of writing: Markdown body, tags, draft or published.
 * Drafts are visible only to their author and to moderators/admins.
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

  @manyToMany(() => User, {
    pivotTable: 'favorites',
    pivotForeignKey: 'article_id',
    pivotRelatedForeignKey: 'user_id',
    pivotTimestamps: { createdAt: 'created_at', updatedAt: false },
  })
  declare favoritedBy: ManyToMany<typeof User>

  /** Published articles only: what every public list shows. */
  static published = scope((query) => {
    query.where('articles.published', true)
  })

  /**
   * What a viewer may see: published articles, plus their own drafts;
   * moderators and admins see every draft.
   */
  static visibleTo = scope((query, viewer?: User | null) => {
    if (viewer?.isModerator) return
    query.where((visible) => {
      visible.where('articles.published', true)
      if (viewer) visible.orWhere('articles.author_id', viewer.id)
    })
  })

  /** Author and tags, preloaded for any list or page. */
  static withAuthorAndTags = scope((query: ModelQueryBuilderContract<typeof Article>) => {
    query.preload('author').preload('tags', (tags) => tags.orderBy('name', 'asc'))
  })

  /** Newest first: by publication for public lists, by creation otherwise. */
  static newestFirst = scope((query) => {
    query.orderByRaw('coalesce(articles.published_at, articles.created_at) desc').orderBy('articles.id', 'desc')
  })

  get tagList(): string[] {
    return (this.tags ?? []).map((tag) => tag.name).sort()
  }

  isDraft() {
    return !this.published
  }
}
