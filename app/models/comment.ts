import { CommentSchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import User from '#models/user'
import Article from '#models/article'

export const COMMENT_STATUSES = ['visible', 'hidden'] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

/** A reader's reply under an article; moderators can hide and restore it. */
export default class Comment extends CommentSchema {
  declare status: CommentStatus

  @belongsTo(() => User, { foreignKey: 'authorId' })
  declare author: BelongsTo<typeof User>

  @belongsTo(() => Article, { foreignKey: 'articleId' })
  declare article: BelongsTo<typeof Article>

  /** Hidden comments are shown only to moderators (and, marked, to their author). */
  static visibleTo = scope((query, viewer?: User | null) => {
    if (viewer?.isModerator) return
    query.where((visible) => {
      visible.where('comments.status', 'visible')
      if (viewer) visible.orWhere('comments.author_id', viewer.id)
    })
  })

  /** How a discussion reads: authors loaded, oldest first. */
  static asThread = scope((query: ModelQueryBuilderContract<typeof Comment>) => {
    query.preload('author').orderBy('comments.created_at', 'asc').orderBy('comments.id', 'asc')
  })

  get isHidden() {
    return this.status === 'hidden'
  }
}
