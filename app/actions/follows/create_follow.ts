import db from '@adonisjs/lucid/services/db'
import { errors } from '@vinejs/vine'
import type User from '#models/user'

/** Makes `follower` follow `followed`; idempotent. Nobody follows themselves. */
export default class CreateFollow {
  async handle(follower: User, followed: User): Promise<void> {
    if (follower.id === followed.id) {
      throw new errors.E_VALIDATION_ERROR([
        { field: 'username', message: 'You cannot follow yourself', rule: 'notSelf' },
      ])
    }
    await db.rawQuery(
      'INSERT INTO follows (follower_id, followed_id) VALUES (?, ?) ON CONFLICT (follower_id, followed_id) DO NOTHING',
      [follower.id, followed.id]
    )
  }
}
