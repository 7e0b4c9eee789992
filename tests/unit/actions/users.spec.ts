import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import router from '@adonisjs/core/services/router'
import User from '#models/user'
import AuditLog from '#models/audit_log'
import { UserFactory } from '#database/factories/user_factory'
import CreateUser from '#actions/users/create_user'
import UpdateUser from '#actions/users/update_user'
import UpdateUserRole from '#actions/users/update_user_role'
import UpdateUserStatus from '#actions/users/update_user_status'
import AccountSafeguardError from '#exceptions/account_safeguard_error'
import { refusals } from '#tests/support/validation'
import { testInbox } from '#tests/support/smtp_inbox'
import { isolateDatabase } from '#tests/support/database'

const account = { username: 'fresh_writer', email: 'fresh@example.com', password: 'long enough' }

/** The safeguard's message; fails when the operation goes through. */
async function safeguard(operation: Promise<unknown>) {
  try {
    await operation
  } catch (error) {
    if (error instanceof AccountSafeguardError) return error.message
    throw error
  }
  throw new Error('Expected the account safeguard to refuse the change')
}

async function auditActions() {
  const entries = await AuditLog.query().orderBy('id', 'asc')
  return entries.map((entry) => entry.action)
}

async function signInsOf(user: User) {
  const [tokens] = await db
    .from('auth_access_tokens')
    .where('tokenable_id', user.id)
    .count('* as n')
  const [remembered] = await db
    .from('remember_me_tokens')
    .where('tokenable_id', user.id)
    .count('* as n')
  return { tokens: Number(tokens.n), remembered: Number(remembered.n) }
}

test.group('Actions | create user', (group) => {
  isolateDatabase(group)

  test('opens an active member account with a hashed password, unrecorded', async ({ assert }) => {
    const user = await new CreateUser().handle(account)

    await user.refresh()
    assert.equal(user.role, 'member')
    assert.isTrue(user.isActive)
    assert.notEqual(user.password, account.password)
    assert.isTrue(await hash.verify(user.password, account.password))
    assert.deepEqual(await auditActions(), [])
  })

  test('an account opened by an operator is recorded with its role', async ({ assert }) => {
    const user = await new CreateUser().handle(
      { ...account, role: 'moderator' },
      {
        actor: null,
        via: 'cli',
      }
    )

    const [entry] = await AuditLog.all()
    assert.equal(user.role, 'moderator')
    assert.equal(entry.action, 'user.created')
    assert.isNull(entry.actorId)
    assert.equal(entry.targetId, user.id)
    assert.deepEqual(entry.details, { username: 'fresh_writer', role: 'moderator', via: 'cli' })
  })

  test('a username or e-mail already registered is a validation error, and nothing is written', async ({
    assert,
  }) => {
    await UserFactory.merge({ username: 'Fresh_Writer', email: 'fresh@example.com' }).create()
    const opener = { actor: null, via: 'cli' as const }

    assert.deepEqual(
      await refusals(new CreateUser().handle({ ...account, email: 'other@example.com' }, opener)),
      { username: 'The username has already been taken' }
    )
    assert.deepEqual(
      await refusals(new CreateUser().handle({ ...account, username: 'someone_else' }, opener)),
      { email: 'The email has already been taken' }
    )
    assert.lengthOf(await User.all(), 1)
    assert.deepEqual(await auditActions(), [])
  })
})

test.group('Actions | update user', (group) => {
  isolateDatabase(group)
  // Mails carry links built by route name; the unit suite starts no HTTP server to commit the routes.
  group.setup(() => router.commit())
  group.each.setup(() => testInbox.clear())

  test('changes the profile fields it is given and never the role or status', async ({
    assert,
  }) => {
    const user = await UserFactory.merge({ bio: 'Old bio', location: 'Porto' }).create()

    await new UpdateUser().handle(user, {
      bio: 'New bio',
      location: null,
      ...({ role: 'admin', isActive: false } as object),
    })

    await user.refresh()
    assert.equal(user.bio, 'New bio')
    assert.isNull(user.location)
    assert.equal(user.role, 'member')
    assert.isTrue(user.isActive)
  })

  test('a new password signs out every other token and remembered browser', async ({ assert }) => {
    const user = await UserFactory.create()
    const kept = await User.accessTokens.create(user)
    await User.accessTokens.create(user)
    await User.rememberMeTokens.create(user, '1 day')

    await new UpdateUser().handle(
      user,
      { password: 'a new password' },
      { keepTokenId: String(kept.identifier) }
    )

    assert.deepEqual(await signInsOf(user), { tokens: 1, remembered: 0 })
    const [remaining] = await db.from('auth_access_tokens').where('tokenable_id', user.id)
    assert.equal(String(remaining.id), String(kept.identifier))
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, 'a new password'))
  })

  test('other changes leave sign-ins alone', async ({ assert }) => {
    const user = await UserFactory.create()
    await User.accessTokens.create(user)

    await new UpdateUser().handle(user, { bio: 'Hello' })
    assert.deepEqual(await signInsOf(user), { tokens: 1, remembered: 0 })
  })

  test('a new e-mail is unverified until the link mailed to it is followed', async ({ assert }) => {
    const user = await UserFactory.create()
    user.emailVerifiedAt = user.createdAt
    await user.save()

    await new UpdateUser().handle(user, { email: 'moved@example.com' })

    await user.refresh()
    assert.equal(user.email, 'moved@example.com')
    assert.isNull(user.emailVerifiedAt)
    const [mail] = await testInbox.waitFor('moved@example.com')
    assert.equal(mail.subject, 'Confirm your e-mail address')
  })
})

test.group('Actions | user role and status safeguards', (group) => {
  isolateDatabase(group)

  test('nobody changes their own role or deactivates themselves', async ({ assert }) => {
    const admin = await UserFactory.merge({ role: 'admin' }).create()
    await UserFactory.merge({ role: 'admin' }).create()

    assert.equal(
      await safeguard(new UpdateUserRole().handle(admin, admin, 'member')),
      'You cannot change your own role.'
    )
    assert.equal(
      await safeguard(new UpdateUserStatus().handle(admin, admin, false)),
      'You cannot deactivate your own account.'
    )
    await admin.refresh()
    assert.equal(admin.role, 'admin')
    assert.isTrue(admin.isActive)
  })

  test('the last active admin can be neither demoted nor deactivated', async ({ assert }) => {
    const last = await UserFactory.merge({ role: 'admin', username: 'last_admin' }).create()
    // An inactive admin does not count.
    await UserFactory.merge({ role: 'admin', isActive: false }).create()

    assert.equal(
      await safeguard(new UpdateUserRole().handle(null, last, 'moderator')),
      'last_admin is the last admin and must stay one.'
    )
    assert.equal(
      await safeguard(new UpdateUserStatus().handle(null, last, false)),
      'last_admin is the last admin and cannot be deactivated.'
    )
    await last.refresh()
    assert.equal(last.role, 'admin')
    assert.isTrue(last.isActive)
    assert.deepEqual(await auditActions(), [])
  })

  test('with another active admin, an admin may be demoted; the change is recorded', async ({
    assert,
  }) => {
    const actor = await UserFactory.merge({ role: 'admin' }).create()
    const other = await UserFactory.merge({ role: 'admin', username: 'other_admin' }).create()

    await new UpdateUserRole().handle(actor, other, 'moderator')
    await new UpdateUserRole().handle(actor, other, 'moderator')

    await other.refresh()
    assert.equal(other.role, 'moderator')
    const [entry, ...rest] = await AuditLog.all()
    assert.lengthOf(rest, 0)
    assert.equal(entry.action, 'user.role_changed')
    assert.equal(entry.actorId, actor.id)
    assert.deepEqual(entry.details, { username: 'other_admin', from: 'admin', to: 'moderator' })
  })

  test('deactivating signs the account out everywhere; both changes are recorded', async ({
    assert,
  }) => {
    const admin = await UserFactory.merge({ role: 'admin' }).create()
    const member = await UserFactory.create()
    await User.accessTokens.create(member)
    await User.rememberMeTokens.create(member, '1 day')

    await new UpdateUserStatus().handle(admin, member, false)
    await member.refresh()
    assert.isFalse(member.isActive)
    assert.deepEqual(await signInsOf(member), { tokens: 0, remembered: 0 })

    await new UpdateUserStatus().handle(admin, member, false)
    await new UpdateUserStatus().handle(admin, member, true)
    await member.refresh()
    assert.isTrue(member.isActive)
    assert.deepEqual(await auditActions(), ['user.deactivated', 'user.activated'])
  })
})
