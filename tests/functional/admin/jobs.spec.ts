import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { testInbox } from '#tests/support/smtp_inbox'
import { urlFor } from '#tests/support/routes'

/** A SendMail job as the queue keeps it once out of attempts. */
async function deadMailJob(to: string) {
  const id = randomUUID()
  await db.table('queue_jobs').insert({
    id,
    queue: 'default',
    status: 'failed',
    data: JSON.stringify({ id, name: 'SendMail', payload: { kind: 'test', to }, attempts: 5 }),
    finished_at: Date.now(),
    error: '451 Mailbox busy, try later',
  })
  return id
}

test.group('Admin: background jobs', (group) => {
  isolateDatabase(group)
  group.each.setup(() => testInbox.clear())

  test('admins see dead jobs with their error, and an empty state', async ({ client }) => {
    const admin = await UserFactory.apply('admin').create()
    const empty = await client.get(urlFor('admin.jobs.index')).loginAs(admin)
    empty.assertStatus(200)
    empty.assertTextIncludes('No dead jobs.')

    const id = await deadMailJob('reader@example.com')
    const page = await client.get(urlFor('admin.jobs.index')).loginAs(admin)
    page.assertTextIncludes(id)
    page.assertTextIncludes('reader@example.com')
    page.assertTextIncludes('451 Mailbox busy, try later')

    const queued = await client
      .get(urlFor('admin.jobs.index'))
      .qs({ state: 'queued' })
      .loginAs(admin)
    queued.assertTextIncludes('No queued jobs.')
  })

  test('a retry runs the job again and removes the dead record; a second retry is told so', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const id = await deadMailJob('reader@example.com')
    const retry = await client
      .post(urlFor('admin.jobs.retry', { jobId: id }))
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    retry.assertStatus(302)
    retry.assertFlashMessage('success', 'The job is queued again.')
    const [message] = await testInbox.waitFor('reader@example.com')
    assert.equal(message.subject, 'Folio test message')
    assert.isNull(await db.from('queue_jobs').where('id', id).first())

    const again = await client
      .post(urlFor('admin.jobs.retry', { jobId: id }))
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    again.assertFlashMessage(
      'error',
      'That job is no longer dead: it was retried or removed already.'
    )
  })

  test('moderators may not see or retry jobs', async ({ client }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const page = await client.get(urlFor('admin.jobs.index')).loginAs(moderator)
    page.assertStatus(403)
    const retry = await client
      .post(urlFor('admin.jobs.retry', { jobId: randomUUID() }))
      .loginAs(moderator)
      .withCsrfToken()
    retry.assertStatus(403)
  })
})
