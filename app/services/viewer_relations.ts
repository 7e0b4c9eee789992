import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'

/**
 * Per-viewer flags for a page of results, in one query each (never one per
 * item): which of these articles the viewer favorited, which of these
 * authors the viewer follows.
 */
export async function favoritedArticleIds(viewer: User | null | undefined, articleIds: number[]) {
  if (!viewer || articleIds.length === 0) return new Set<number>()
  const rows = await db
    .from('favorites')
    .where('user_id', viewer.id)
    .whereIn('article_id', articleIds)
    .select('article_id')
  return new Set<number>(rows.map((row) => row.article_id))
}

export async function followedUserIds(viewer: User | null | undefined, userIds: number[]) {
  if (!viewer || userIds.length === 0) return new Set<number>()
  const rows = await db
    .from('follows')
    .where('follower_id', viewer.id)
    .whereIn('followed_id', userIds)
    .select('followed_id')
  return new Set<number>(rows.map((row) => row.followed_id))
}
