import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import AuditLog from '#models/audit_log'
import UsersCreate from '../../../commands/users_create.js'
import UsersRole from '../../../commands/users_role.js'
import UsersDeactivate from '../../../commands/users_deactivate.js'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'

async function run<T extends typeof UsersCreate | typeof UsersRole | typeof UsersDeactivate>(
  command: T,
  argv: string[]
) {
  const instance = await ace.create(command, argv)
  instance.ui.switchMode('raw')
  await instance.exec()
  return instance
}

test.group('node ace users:create', (group) => {
  isolateDatabase(group)

  test('creates an admin from flags, ready to sign in', async ({ assert }) => {
    const command = await run(UsersCreate, [
      '--username=ada',
      '--email=Ada@Example.com',
      '--password=correct-horse',
      '--role=admin',
      '--no-interactive',
    ])

    command.assertSucceeded()
    command.assertLog('[ green(success) ] Created admin ada <ada@example.com>')
    const user = await User.findByOrFail('email', 'ada@example.com')
    assert.include(user.toJSON(), { username: 'ada', role: 'admin', isActive: true })
    assert.isTrue(await hash.verify(user.password, 'correct-horse'))
    const entry = await AuditLog.findByOrFail('action', 'user.created')
    assert.isNull(entry.actorId)
    assert.equal(entry.targetId, user.id)
  })

  test('makes a member when no role is given', async ({ assert }) => {
    const command = await run(UsersCreate, [
      '--username=bo',
      '--email=bo@example.com',
      '--password=correct-horse',
      '--no-interactive',
    ])
    command.assertFailed()
    command.assertLogMatches(
      /username: The username field must have at least 3 characters/,
      'stderr'
    )

    const member = await run(UsersCreate, [
      '--username=bob',
      '--email=bob@example.com',
      '--password=correct-horse',
      '--no-interactive',
    ])
    member.assertSucceeded()
    const bob = await User.findByOrFail('username', 'bob')
    assert.equal(bob.role, 'member')
  })

  test('prompts for whatever is missing when interactive', async ({ assert }) => {
    const command = await ace.create(UsersCreate, ['--email=cy@example.com', '--interactive'])
    command.ui.switchMode('raw')
    command.prompt.trap('Username').replyWith('cyd')
    command.prompt.trap('Password (at least 8 characters)').replyWith('a-long-secret')
    command.prompt.trap('Role').replyWith('moderator')
    await command.exec()

    command.assertSucceeded()
    const user = await User.findByOrFail('username', 'cyd')
    assert.equal(user.email, 'cy@example.com')
    assert.equal(user.role, 'moderator')
    assert.isTrue(await hash.verify(user.password, 'a-long-secret'))
  })

  test('says clearly what is missing when not interactive', async ({ assert }) => {
    const command = await run(UsersCreate, ['--username=dee', '--no-interactive'])
    command.assertFailed()
    command.assertLog('[ red(error) ] Missing --email, --password', 'stderr')
    assert.isNull(await User.findBy('username', 'dee'))
  })

  test('refuses a username or e-mail that is taken, and an unknown role', async ({ assert }) => {
    await UserFactory.merge({ username: 'Eve', email: 'eve@example.com' }).create()
    const command = await run(UsersCreate, [
      '--username=eve',
      '--email=EVE@example.com',
      '--password=correct-horse',
      '--no-interactive',
    ])
    command.assertFailed()
    command.assertLog('[ red(error) ] username: The username has already been taken', 'stderr')
    command.assertLog('[ red(error) ] email: The email has already been taken', 'stderr')

    const badRole = await run(UsersCreate, [
      '--username=frank',
      '--email=frank@example.com',
      '--password=correct-horse',
      '--role=owner',
      '--no-interactive',
    ])
    badRole.assertFailed()
    badRole.assertLogMatches(/role: /, 'stderr')
    assert.lengthOf(await User.all(), 1)
  })
})

test.group('node ace users:role', (group) => {
  isolateDatabase(group)

  test('changes the role and records it', async ({ assert }) => {
    const user = await UserFactory.merge({ username: 'gail' }).create()
    const command = await run(UsersRole, ['GAIL', 'moderator'])
    command.assertSucceeded()
    command.assertLog('[ green(success) ] gail is now a moderator')
    await user.refresh()
    assert.equal(user.role, 'moderator')
    const entry = await AuditLog.findByOrFail('action', 'user.role_changed')
    assert.deepEqual(entry.details, { username: 'gail', from: 'member', to: 'moderator' })
  })

  test('refuses an unknown user, an unknown role and demoting the last admin', async ({
    assert,
  }) => {
    const admin = await UserFactory.merge({ username: 'hal' }).apply('admin').create()

    const unknownUser = await run(UsersRole, ['nobody', 'admin'])
    unknownUser.assertFailed()
    unknownUser.assertLog('[ red(error) ] No account with the username "nobody"', 'stderr')

    const unknownRole = await run(UsersRole, ['hal', 'owner'])
    unknownRole.assertFailed()
    unknownRole.assertLog(
      '[ red(error) ] "owner" is not a role; use member, moderator or admin',
      'stderr'
    )

    const lastAdmin = await run(UsersRole, ['hal', 'member'])
    lastAdmin.assertFailed()
    lastAdmin.assertLog('[ red(error) ] hal is the last admin and must stay one.', 'stderr')
    await admin.refresh()
    assert.equal(admin.role, 'admin')

    await UserFactory.apply('admin').create()
    const withAnother = await run(UsersRole, ['hal', 'member'])
    withAnother.assertSucceeded()
  })
})

test.group('node ace users:deactivate', (group) => {
  isolateDatabase(group)

  test('deactivates the account and revokes its API tokens', async ({ assert }) => {
    const user = await UserFactory.merge({ username: 'ivy' }).create()
    await User.accessTokens.create(user)

    const command = await run(UsersDeactivate, ['ivy'])
    command.assertSucceeded()
    command.assertLog('[ green(success) ] ivy has been deactivated and signed out everywhere')
    await user.refresh()
    assert.isFalse(user.isActive)
    assert.lengthOf(await User.accessTokens.all(user), 0)
    await AuditLog.findByOrFail('action', 'user.deactivated')
  })

  test('refuses an unknown user and the last active admin', async ({ assert }) => {
    const admin = await UserFactory.merge({ username: 'jo' }).apply('admin').create()
    await UserFactory.apply('admin').apply('inactive').create()

    const unknown = await run(UsersDeactivate, ['nobody'])
    unknown.assertFailed()

    const last = await run(UsersDeactivate, ['jo'])
    last.assertFailed()
    last.assertLog('[ red(error) ] jo is the last admin and cannot be deactivated.', 'stderr')
    await admin.refresh()
    assert.isTrue(admin.isActive)
  })
})
