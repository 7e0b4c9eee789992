import db from '@adonisjs/lucid/services/db'
import { SessionLucidUserProvider } from '@adonisjs/auth/session'
import type {
  LucidAuthenticatable,
  SessionLucidUserProviderOptions,
} from '@adonisjs/auth/types/session'

/**
 * The web guard's user provider: loads the signed-in user with their unread
 * notification count (the header's badge) in the same statement, so a page
 * costs no extra query for it. Read it with `unreadNotificationsOf(user)`.
 */
export class SessionUserWithUnreadProvider<
  UserModel extends LucidAuthenticatable,
> extends SessionLucidUserProvider<UserModel> {
  async findById(identifier: string | number | BigInt) {
    const model = await this.getModel()
    const user = await model
      .query()
      .select(
        `${model.table}.*`,
        db.raw(
          '(SELECT count(*) FROM notifications n WHERE n.user_id = users.id AND n.read_at IS NULL)::int AS unread_notifications'
        )
      )
      .where(model.primaryKey, identifier as number)
      .first()
    if (!user) return null
    return this.createUserForGuard(user as InstanceType<UserModel>)
  }
}

export function sessionUserWithUnreadProvider<Model extends LucidAuthenticatable>(
  options: SessionLucidUserProviderOptions<Model>
) {
  return new SessionUserWithUnreadProvider<Model>(options)
}
