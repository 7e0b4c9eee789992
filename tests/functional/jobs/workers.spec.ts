import { test } from '@japa/runner'
import type pg from 'pg'
import SendMailJob from '#jobs/send_mail'
import PruneExpiredRowsJob from '#jobs/prune_expired_rows'
import type { SmtpInbox } from '#tests/support/smtp_inbox'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import {
  type AppProcess,
  CookieSession,
  connectTo,
  eventually,
  registerThroughApi,
  startAppOn,
  startOwnDatabase,
} from '#tests/support/app_process'
import {
  jobsEnv,
  queueOn,
  startInbox,
  startWorker,
  type WorkerProcess,
} from '#tests/support/queue_worker'
import { urlFor } from '#tests/support/routes'

test.group('Jobs: workers on one PostgreSQL database', (group) => {
  let cluster: DisposableCluster
  let inbox: SmtpInbox
  let workers: WorkerProcess[]
  let app: AppProcess
  let sql: pg.Client
  let queue: ReturnType<typeof queueOn>

  group.setup(async () => {
    cluster = await startOwnDatabase('jobs-workers')
    const smtp = await startInbox()
    inbox = smtp.inbox
    const env = jobsEnv(cluster, smtp.port)
    ;[app, ...workers] = await Promise.all([
      startAppOn(cluster, env),
      startWorker(env),
      startWorker(env),
    ])
    sql = await connectTo(cluster)
    queue = queueOn(cluster)
    return async () => {
      await Promise.all([app.stop(), ...workers.map((worker) => worker.stop())])
      await sql.end()
      await inbox.close()
      await cluster.destroy()
    }
  })
  group.each.setup(() => inbox.clear())
  group.each.timeout(60_000)

  test('two workers send each of 40 queued messages exactly once', async ({ assert }) => {
    const addresses = Array.from({ length: 40 }, (_, index) => `reader${index}@example.com`)
    await SendMailJob.dispatchMany(addresses.map((to) => ({ kind: 'test' as const, to }))).with(
      queue
    )

    await eventually(async () => inbox.messages.length >= 40, 30_000, '40 messages arrive')
    // Give a duplicate, if there were one, time to arrive too.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const received = inbox.messages.flatMap((message) => message.to).sort()
    assert.deepEqual(received, [...addresses].sort())
    assert.equal(inbox.messages[0].subject, 'Folio test message')
    assert.include(inbox.messages[0].text, 'This is a test message from Folio')
    assert.include(inbox.messages[0].html, '<h1')

    const { rows } = await sql.query(`SELECT count(*)::int AS left FROM queue_jobs`)
    assert.equal(rows[0].left, 0, 'sent messages leave the queue')
  })

  test('a refusing mail server: retried, then dead with its error in admin, where a retry delivers it', async ({
    assert,
  }) => {
    inbox.failing = true
    const { jobId } = await SendMailJob.dispatch({ kind: 'test', to: 'nobody@example.com' }).with(
      queue
    )

    await eventually(
      async () => {
        const { rows } = await sql.query(`SELECT status FROM queue_jobs WHERE id = $1`, [jobId])
        return rows[0]?.status === 'failed'
      },
      45_000,
      'the job is dead'
    )
    const { rows } = await sql.query(`SELECT data, error FROM queue_jobs WHERE id = $1`, [jobId])
    assert.equal(JSON.parse(rows[0].data).attempts, 5, 'five retries after the first attempt')
    assert.include(rows[0].error, 'Mailbox busy')
    assert.lengthOf(inbox.messages, 0)

    // An admin sees it on the jobs page and retries it once the mail server is back.
    inbox.failing = false
    const admin = await registerThroughApi(app.url, 'jobs_admin')
    await sql.query(`UPDATE users SET role = 'admin' WHERE username = 'jobs_admin'`)
    const browser = new CookieSession(app.url)
    await browser.get(urlFor('auth.login'))
    await browser.post(urlFor('auth.login.store'), { email: admin.email, password: admin.password })
    const page = await browser.get(urlFor('admin.jobs.index'))
    assert.equal(page.status, 200)
    assert.include(page.html, jobId)
    assert.include(page.html, 'nobody@example.com')
    assert.include(page.html, 'Mailbox busy')

    const retry = await browser.post(urlFor('admin.jobs.retry', { jobId }), {})
    assert.equal(retry.status, 302)
    assert.lengthOf(await inbox.waitFor('nobody@example.com'), 1)
    const after = await browser.get(urlFor('admin.jobs.index'))
    assert.notInclude(after.html, jobId)
    assert.include(after.html, 'No dead jobs.')
  })

  test('password reset end to end: request over HTTP, mailed by a worker, link used once', async ({
    assert,
  }) => {
    const account = await registerThroughApi(app.url, 'forgetful')
    const post = (path: string, body: unknown) =>
      fetch(app.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept': 'application/json' },
        body: JSON.stringify(body),
      })

    const unknown = await post('/api/v1/users/password-reset', {
      user: { email: 'stranger@example.com' },
    })
    const request = await post('/api/v1/users/password-reset', { user: { email: account.email } })
    assert.equal(request.status, 202)
    assert.deepEqual(await unknown.json(), await request.json(), 'the same answer either way')

    const resets = () =>
      inbox.to(account.email).filter((message) => message.subject === 'Reset your Folio password')
    await eventually(async () => resets().length === 1, 15_000, 'the reset message arrives')
    const token = resets()[0].link('/auth/password-reset/').split('/').pop()!

    const confirm = await post('/api/v1/users/password-reset/confirm', {
      user: { token, password: 'a-new-long-password' },
    })
    assert.equal(confirm.status, 200)
    const oldToken = await fetch(`${app.url}/api/v1/user`, {
      headers: { authorization: `Token ${account.token}`, accept: 'application/json' },
    })
    assert.equal(oldToken.status, 401, 'API tokens from before the reset are refused')
    const replay = await post('/api/v1/users/password-reset/confirm', {
      user: { token, password: 'another-long-password' },
    })
    assert.equal(replay.status, 422, 'the link works once')
    assert.lengthOf(inbox.to('stranger@example.com'), 0)
  })

  test('the server registers every recurring job, once, with its cron time', async ({ assert }) => {
    const schedules = async () =>
      (await sql.query(`SELECT id, cron_expression AS cron FROM queue_schedules ORDER BY id`)).rows
    // The server registers them once it is ready, which may be just after it answers.
    await eventually(async () => (await schedules()).length >= 6, 15_000, 'six schedules')
    assert.deepEqual(await schedules(), [
      { id: 'prune-expired-tokens', cron: '15 * * * *' },
      { id: 'prune-rate-limits', cron: '25 * * * *' },
      { id: 'prune-unused-uploads', cron: '35 3 * * *' },
      { id: 'prune-weather-forecasts', cron: '5 * * * *' },
      { id: 'publish-scheduled-articles', cron: '* * * * *' },
      { id: 'send-notification-emails', cron: '* * * * *' },
    ])
  })

  test('a recurring prune job removes expired rate-limit rows', async () => {
    await sql.query(
      `INSERT INTO rate_limits (key, points, expire) VALUES ('old', 1, $1), ('fresh', 1, $2)`,
      [Date.now() - 60_000, Date.now() + 60_000]
    )
    await PruneExpiredRowsJob.dispatch({ what: 'rate_limits' }).with(queue)
    await eventually(
      async () => {
        const { rows } = await sql.query(
          `SELECT key FROM rate_limits WHERE key IN ('old', 'fresh') ORDER BY key`
        )
        return rows.length === 1 && rows[0].key === 'fresh'
      },
      15_000,
      'the expired row is gone'
    )
  })
})
