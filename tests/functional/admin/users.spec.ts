import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import AuditLog from '#models/audit_log'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Admin: accounts', (group) => {
  isolateDatabase(group)

  test('lists accounts and finds them by username or e-mail', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    await UserFactory.merge({ username: 'marguerite', email: 'mdur@example.com' }).create()
    await UserFactory.merge({ username: 'bob', email: 'bob@writers.example' }).create()

    const all = await client.get(urlFor('admin.users.index')).loginAs(admin)
    all.assertStatus(200)
    all.assertTextIncludes('marguerite')
    all.assertTextIncludes('bob@writers.example')

    const byName = await client.get(urlFor('admin.users.index')).qs({ q: 'MARGU' }).loginAs(admin)
    byName.assertTextIncludes('marguerite')
    assert.notInclude(byName.text(), 'bob@writers.example')

    const byEmail = await client
      .get(urlFor('admin.users.index'))
      .qs({ q: 'writers.example' })
      .loginAs(admin)
    byEmail.assertTextIncludes('bob@writers.example')
    assert.notInclude(byEmail.text(), 'marguerite')

    const wildcard = await client.get(urlFor('admin.users.index')).qs({ q: '%' }).loginAs(admin)
    wildcard.assertTextIncludes('No account matches')
  })

  test('pages through accounts, 25 at a time', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    // Straight inserts: hashing 30 passwords would only slow the test down.
    await db.table('users').multiInsert(
      Array.from({ length: 30 }, (_, index) => ({
        username: `reader${index}`,
        email: `reader${index}@example.com`,
        password: admin.password,
        role: 'member',
        is_active: true,
        created_at: new Date(),
      }))
    )

    const first = await client.get(urlFor('admin.users.index')).loginAs(admin)
    assert.lengthOf(first.text().match(/<tr>/g) ?? [], 26, 'header row + 25')
    first.assertTextIncludes('href="/admin/users?page=2"')
    const second = await client.get(urlFor('admin.users.index')).qs({ page: 2 }).loginAs(admin)
    assert.lengthOf(second.text().match(/<tr>/g) ?? [], 7, 'header row + 6')
  })

  test('changes a role and records who did it', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.create()

    const response = await client
      .put(urlFor('admin.users.role.update', { id: member.id }))
      .form({ role: 'moderator' })
      .header('referer', urlFor('admin.users.index'))
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', urlFor('admin.users.index'))
    response.assertFlashMessage('success', `${member.username} is now a moderator.`)
    await member.refresh()
    assert.equal(member.role, 'moderator')
    const entry = await AuditLog.query().firstOrFail()
    assert.include(entry.toJSON(), {
      actorId: admin.id,
      action: 'user.role_changed',
      targetType: 'user',
      targetId: member.id,
    })
    assert.deepEqual(entry.details, { username: member.username, from: 'member', to: 'moderator' })
  })

  test('refuses an unknown role', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.create()
    const response = await client
      .put(urlFor('admin.users.role.update', { id: member.id }))
      .form({ role: 'owner' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.property(response.flashMessages().inputErrorsBag, 'role')
    await member.refresh()
    assert.equal(member.role, 'member')
  })

  test('refuses to change your own role or deactivate yourself', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    await UserFactory.apply('admin').create()

    const demote = await client
      .put(urlFor('admin.users.role.update', { id: admin.id }))
      .form({ role: 'member' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    demote.assertFlashMessage('error', 'You cannot change your own role.')

    const deactivate = await client
      .put(urlFor('admin.users.status.update', { id: admin.id }))
      .form({ status: 'inactive' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    deactivate.assertFlashMessage('error', 'You cannot deactivate your own account.')

    await admin.refresh()
    assert.equal(admin.role, 'admin')
    assert.isTrue(admin.isActive)
    assert.lengthOf(await AuditLog.all(), 0)
  })

  test('deactivates an account: tokens revoked, signed out on the next request', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.create()
    const token = await User.accessTokens.create(member)

    const response = await client
      .put(urlFor('admin.users.status.update', { id: member.id }))
      .form({ status: 'inactive' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage(
      'success',
      `${member.username} has been deactivated and signed out everywhere.`
    )

    await member.refresh()
    assert.isFalse(member.isActive)
    assert.lengthOf(await User.accessTokens.all(member), 0)
    const api = await client
      .get('/api/v1/user')
      .header('authorization', `Token ${token.value!.release()}`)
    api.assertStatus(401)
    const page = await client.get(urlFor('profiles.settings.edit')).loginAs(member).redirects(0)
    page.assertStatus(302)
    assert.equal(page.header('location')?.split('?')[0], urlFor('auth.login'))

    const entry = await AuditLog.findByOrFail('action', 'user.deactivated')
    assert.equal(entry.targetId, member.id)
  })

  test('reactivates an account', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.apply('inactive').create()
    const response = await client
      .put(urlFor('admin.users.status.update', { id: member.id }))
      .form({ status: 'active' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success', `${member.username} has been reactivated.`)
    await member.refresh()
    assert.isTrue(member.isActive)
    await AuditLog.findByOrFail('action', 'user.activated')
  })

  test('answers 404 for an account that does not exist', async ({ client }) => {
    const admin = await UserFactory.apply('admin').create()
    const response = await client
      .put(urlFor('admin.users.role.update', { id: '999999' }))
      .form({ role: 'member' })
      .loginAs(admin)
      .withCsrfToken()
    response.assertStatus(404)
  })
})
