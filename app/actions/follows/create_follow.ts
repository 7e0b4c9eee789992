import db from '@adonisjs/lucid/services/db'
import { errors } from '@vinejs/vine'
import type User from '#models/user'

/**
 * Makes `follower` follow `followed`; idempotent. Nobody follows themselves.
 * A new follow (not a repeated one) notifies the followed writer.
 */
export default class CreateFollow {
  async handle(follower: User, followed: User): Promise<void> {
    if (follower.id === followed.id) {
      throw new errors.E_VALIDATION_ERROR([
        { field: 'username', message: 'You cannot follow yourself', rule: 'notSelf' },
      ])
    }
    // One statement: the follow, and a notification only if the follow is new.
    await db.rawQuery(
      `WITH f AS (
         INSERT INTO follows (follower_id, followed_id) VALUES (?, ?)
         ON CONFLICT (follower_id, followed_id) DO NOTHING
         RETURNING follower_id, followed_id
       )
       INSERT INTO notifications (user_id, kind, actor_id)
       SELECT f.followed_id, 'follow', f.follower_id
       FROM f JOIN users u ON u.id = f.followed_id
       WHERE u.follow_notifications <> 'off'`,
      [follower.id, followed.id]
    )
  }
}
