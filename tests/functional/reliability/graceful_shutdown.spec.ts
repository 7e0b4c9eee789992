import { test } from '@japa/runner'
import { request } from 'node:http'
import { createRequire } from 'node:module'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import {
  connectTo,
  eventually,
  registerThroughApi,
  startAppOn,
  startOwnDatabase,
} from '#tests/support/app_process'
import { urlFor } from '#tests/support/routes'

/** One request on a fresh connection (no keep-alive reuse), resolving with its status. */
function getOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { agent: false, headers: { connection: 'close' } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      }
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

test.group('Reliability: SIGTERM drains in-flight requests', (group) => {
  let cluster: DisposableCluster

  group.setup(async () => {
    cluster = await startOwnDatabase('shutdown')
    return () => cluster.destroy()
  })

  test('lets slow requests finish, refuses new ones and exits 0', async ({ assert }) => {
    const app = await startAppOn(cluster)
    const blocker = await connectTo(cluster)
    try {
      assert.equal(await getOnNewConnection(`${app.url}/`), 200, 'the home page works')

      // Real pages made slow for real: the tables the home page reads first
      // are locked, so every home page waits inside its query until the lock is released.
      await blocker.query('BEGIN')
      await blocker.query('LOCK TABLE article_totals, articles IN ACCESS EXCLUSIVE MODE')
      const inFlight = [1, 2, 3].map(() => getOnNewConnection(`${app.url}/`))
      await eventually(
        async () => {
          const waiting = await blocker.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()`
          )
          return waiting.rows[0].n >= 1
        },
        15_000,
        'the requests wait on the lock'
      )
      // All three are accepted by now: waiting on the lock or for a pooled connection.
      await new Promise((resolve) => setTimeout(resolve, 500))

      const exited = app.stop()
      // The listening socket closes at once: a new visitor is turned away.
      await eventually(
        () =>
          getOnNewConnection(`${app.url}/health/live`).then(
            (status) => status === 503,
            () => true
          ),
        5_000,
        'new connections are refused'
      )

      await blocker.query('COMMIT')
      const statuses = await Promise.all(inFlight)
      assert.deepEqual(statuses, [200, 200, 200], 'the in-flight pages completed')
      assert.equal(await exited, 0, 'the process exits with 0')
    } finally {
      await blocker.end()
      await app.stop()
    }
  }).timeout(90_000)
})

test.group('Reliability: article views at shutdown', (group) => {
  let cluster: DisposableCluster

  group.setup(async () => {
    cluster = await startOwnDatabase('views')
    return () => cluster.destroy()
  })

  test('views counted in memory are all written when the process stops', async ({ assert }) => {
    const app = await startAppOn(cluster)
    const direct = await connectTo(cluster)
    try {
      const { token } = await registerThroughApi(app.url, 'view_counter')
      const created = await fetch(`${app.url}/api/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Token ${token}` },
        body: JSON.stringify({
          article: { title: 'Counted views', description: 'Read often', body: 'Text.' },
        }),
      })
      const { article } = (await created.json()) as { article: { slug: string } }

      const statuses = await Promise.all(
        Array.from({ length: 12 }, () => getOnNewConnection(`${app.url}/articles/${article.slug}`))
      )
      assert.deepEqual(new Set(statuses), new Set([200]))
      // Not written per view: the row has not moved yet.
      const before = await direct.query('SELECT views FROM articles WHERE slug = $1', [
        article.slug,
      ])
      assert.equal(before.rows[0].views, 0)

      assert.equal(await app.stop(), 0, 'the process exits with 0')
      const after = await direct.query('SELECT views FROM articles WHERE slug = $1', [article.slug])
      assert.equal(after.rows[0].views, 12)
    } finally {
      await direct.end()
      await app.stop()
    }
  }).timeout(90_000)
})

/* autocannon ships no type definitions: what this test uses of it. */
interface LoadRun extends PromiseLike<{ requests: { total: number } }> {
  on(event: 'response', listener: (client: unknown, status: number) => void): this
  on(event: 'reqError', listener: (error: NodeJS.ErrnoException) => void): this
  stop(): void
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string
  connections: number
  duration: number
  requests: { method?: string; path: string; headers?: Record<string, string>; body?: string }[]
}) => LoadRun

test.group('Reliability: SIGTERM under sustained load', (group) => {
  let cluster: DisposableCluster

  group.setup(async () => {
    cluster = await startOwnDatabase('shutdown-load')
    return () => cluster.destroy()
  })

  test('every accepted request gets its normal answer, nothing is reset, exit 0', async ({
    assert,
  }) => {
    // A small pool: most requests wait for a connection when the signal comes.
    const app = await startAppOn(cluster, { RATE_LIMITS: 'off', DB_POOL_MAX: '2' })
    let exit: Promise<number | null> | undefined
    try {
      const { token } = await registerThroughApi(app.url, 'load_writer')
      const created = await fetch(`${app.url}/api/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Token ${token}` },
        body: JSON.stringify({ article: { title: 'Under load', description: 'D', body: 'B' } }),
      })
      const { slug } = ((await created.json()) as { article: { slug: string } }).article
      const json = { 'content-type': 'application/json', 'authorization': `Token ${token}` }
      // Every route once before the load, so that the load measures serving, not first compiles.
      for (const path of [
        urlFor('main.home'),
        urlFor('articles.show', { slug }),
        '/api/v1/articles',
      ]) {
        assert.equal((await fetch(`${app.url}${path}`)).status, 200)
      }

      const statuses = new Map<number, number>()
      const errors = new Map<string, number>()
      const load = autocannon({
        url: app.url,
        connections: 16,
        duration: 6,
        requests: [
          { path: urlFor('main.home') },
          { path: urlFor('articles.show', { slug }) },
          { path: '/api/v1/articles' },
          { path: `/api/v1/articles/${slug}/comments`, headers: json },
          {
            method: 'POST',
            path: `/api/v1/articles/${slug}/comments`,
            headers: json,
            body: JSON.stringify({ comment: { body: 'Still here.' } }),
          },
        ],
      })
      load.on('response', (_client, status) =>
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      )
      load.on('reqError', (error) => {
        const code = error.code ?? error.message
        errors.set(code, (errors.get(code) ?? 0) + 1)
      })

      await new Promise((resolve) => setTimeout(resolve, 2_000))
      const answeredBeforeSignal = [...statuses.values()].reduce((sum, n) => sum + n, 0)
      const signalledAt = performance.now()
      exit = app.stop()
      // The listening socket closes at once: a new connection is refused.
      await eventually(
        () =>
          getOnNewConnection(`${app.url}/health/live`).then(
            () => false,
            (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED'
          ),
        5_000,
        'new connections are refused'
      )
      const code = await exit
      const secondsToExit = (performance.now() - signalledAt) / 1000
      await load

      const answered = [...statuses.values()].reduce((sum, n) => sum + n, 0)
      const serverErrors = [...statuses].filter(([status]) => status >= 500)
      assert.isAtLeast(answeredBeforeSignal, 10, 'the server was under load')
      assert.isAbove(
        answered,
        answeredBeforeSignal,
        'requests in flight at the signal were answered'
      )
      assert.deepEqual(serverErrors, [], 'no 5xx')
      assert.deepEqual(
        [...errors.keys()].filter((failure) => failure !== 'ECONNREFUSED'),
        [],
        `no connection reset or timeout, only refused new connections (${JSON.stringify([...errors])})`
      )
      assert.equal(code, 0, 'the process exits with 0')
      assert.isBelow(secondsToExit, 15, 'and does so promptly')
    } finally {
      if (!exit) await app.stop()
    }
  }).timeout(90_000)
})
