import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import router from '@adonisjs/core/services/router'
import User from '#models/user'
import { UserFactory, FACTORY_PASSWORD } from '#database/factories/user_factory'
import VerifyCredentials from '#actions/auth/verify_credentials'
import RequestPasswordReset from '#actions/auth/request_password_reset'
import ResetPassword, { INVALID_RESET_LINK } from '#actions/auth/reset_password'
import MarkNotificationsRead from '#actions/notifications/mark_notifications_read'
import UpdateNotificationPreferences from '#actions/notifications/update_notification_preferences'
import { refusals } from '#tests/support/validation'
import { testInbox } from '#tests/support/smtp_inbox'
import { isolateDatabase } from '#tests/support/database'

const IP = '203.0.113.7'

/** The sign-in failure's message; fails when the credentials are accepted. */
async function signInFailure(email: string, password: string) {
  try {
    await new VerifyCredentials().handle(email, password, IP)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('Expected the credentials to be refused')
}

test.group('Actions | credentials', (group) => {
  isolateDatabase(group)

  test('an unknown e-mail and a wrong password fail alike', async ({ assert }) => {
    const user = await UserFactory.create()

    assert.equal(
      await signInFailure('nobody@example.com', FACTORY_PASSWORD),
      'Invalid e-mail or password.'
    )
    assert.equal(await signInFailure(user.email, 'wrong password'), 'Invalid e-mail or password.')
    const found = await new VerifyCredentials().handle(user.email, FACTORY_PASSWORD, IP)
    assert.equal(found.id, user.id)
  })

  test('a deactivated account cannot sign in, even with its password', async ({ assert }) => {
    const user = await UserFactory.merge({ isActive: false }).create()
    assert.equal(
      await signInFailure(user.email, FACTORY_PASSWORD),
      'This account has been deactivated.'
    )
  })

  test('five failures for one e-mail from one IP block the next attempt', async ({ assert }) => {
    const user = await UserFactory.create()
    for (let attempt = 1; attempt <= 5; attempt++) {
      assert.equal(await signInFailure(user.email, 'wrong password'), 'Invalid e-mail or password.')
    }
    assert.equal(
      await signInFailure(user.email, FACTORY_PASSWORD),
      'Too many failed sign-in attempts. Please try again in 15 minutes.'
    )
  })
})

test.group('Actions | password reset', (group) => {
  isolateDatabase(group)
  group.each.setup(() => testInbox.clear())
  // The mailed link is built by route name; the unit suite starts no HTTP server to commit the routes.
  group.setup(() => router.commit())

  test('mails a one-time link that sets a new password and signs out everywhere', async ({
    assert,
  }) => {
    const user = await UserFactory.merge({ email: 'forgetful@example.com' }).create()
    await User.accessTokens.create(user)

    await new RequestPasswordReset().handle('  Forgetful@Example.com ')
    const [mail] = await testInbox.waitFor('forgetful@example.com')
    const token = decodeURIComponent(
      new URL(mail.link('/password-reset/')).pathname.split('/').at(-1)!
    )

    await new ResetPassword().handle(token, 'brand new password')
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, 'brand new password'))
    assert.lengthOf(await db.from('auth_access_tokens').where('tokenable_id', user.id), 0)

    assert.deepEqual(await refusals(new ResetPassword().handle(token, 'another password')), {
      token: INVALID_RESET_LINK,
    })
  })

  test('an unknown or deactivated address gets no mail', async ({ assert }) => {
    await UserFactory.merge({ email: 'gone@example.com', isActive: false }).create()

    await new RequestPasswordReset().handle('nobody@example.com')
    await new RequestPasswordReset().handle('gone@example.com')

    assert.lengthOf(await db.from('user_tokens'), 0)
    assert.lengthOf(testInbox.to('nobody@example.com'), 0)
    assert.lengthOf(testInbox.to('gone@example.com'), 0)
  })

  test('a made-up token is refused', async ({ assert }) => {
    assert.deepEqual(await refusals(new ResetPassword().handle('made-up', 'a new password')), {
      token: INVALID_RESET_LINK,
    })
  })
})

test.group('Actions | notifications', (group) => {
  isolateDatabase(group)

  test('marks one notification or all of them read, for their owner only', async ({ assert }) => {
    const [reader, other, actor] = await UserFactory.createMany(3)
    const insert = (userId: number) =>
      db
        .table('notifications')
        .insert({ user_id: userId, kind: 'follow', actor_id: actor.id })
        .returning('id')
    const [first] = await insert(reader.id)
    await insert(reader.id)
    const [others] = await insert(other.id)
    const unread = async (userId: number) =>
      (await db.from('notifications').where('user_id', userId).whereNull('read_at')).length

    await new MarkNotificationsRead().handle(reader.id, Number(others.id))
    assert.equal(await unread(other.id), 1)

    await new MarkNotificationsRead().handle(reader.id, Number(first.id))
    assert.equal(await unread(reader.id), 1)

    await new MarkNotificationsRead().handle(reader.id)
    assert.equal(await unread(reader.id), 0)
    assert.equal(await unread(other.id), 1)
  })

  test('changes only the preferences it is given', async ({ assert }) => {
    const user = await UserFactory.create()

    await new UpdateNotificationPreferences().handle(user, { follow: 'off' })
    await user.refresh()
    assert.equal(user.followNotifications, 'off')
    assert.equal(user.commentNotifications, 'email')

    await new UpdateNotificationPreferences().handle(user, { comment: 'site' })
    await user.refresh()
    assert.equal(user.commentNotifications, 'site')
    assert.equal(user.followNotifications, 'off')
  })
})
