import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Admin: activity', (group) => {
  isolateDatabase(group)

  test('lists every admin action newest first, with who did it', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    await AuditLog.createMany([
      {
        actorId: admin.id,
        action: 'user.role_changed',
        targetType: 'user',
        targetId: 7,
        details: { username: 'kim', from: 'member', to: 'moderator' },
        createdAt: DateTime.now().minus({ hours: 2 }),
      },
      {
        actorId: null,
        action: 'user.created',
        targetType: 'user',
        targetId: 8,
        details: { username: 'lee', role: 'admin' },
        createdAt: DateTime.now().minus({ hours: 1 }),
      },
      {
        actorId: admin.id,
        action: 'article.deleted',
        targetType: 'article',
        targetId: 3,
        details: { title: 'Spam' },
      },
    ])

    const response = await client.get(urlFor('admin.activity.index')).loginAs(admin)
    response.assertStatus(200)
    const html = response.text()
    const order = [
      'Deleted &quot;Spam&quot;',
      'Created the account lee (admin)',
      'role from member to moderator',
    ]
    const positions = order.map((text) => html.indexOf(text))
    assert.isTrue(
      positions.every((position) => position > 0),
      String(positions)
    )
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions
    )
    assert.include(html, 'Operator (command line)')
  })
})
