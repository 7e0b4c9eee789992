import { CommentSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
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

  get isHidden() {
    return this.status === 'hidden'
  }
}
