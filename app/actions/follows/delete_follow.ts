import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'

/** Stops `follower` following `followed`; a no-op when they didn't. */
export default class DeleteFollow {
  async handle(follower: User, followed: User): Promise<void> {
    await db
      .from('follows')
      .where('follower_id', follower.id)
      .where('followed_id', followed.id)
      .delete()
  }
}
