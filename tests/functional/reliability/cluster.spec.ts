import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { request } from 'node:http'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import {
  CookieSession,
  eventually,
  registerThroughApi,
  startAppOn,
  startOwnDatabase,
} from '#tests/support/app_process'
import { urlFor } from '#tests/support/routes'

/**
 * A GET on a fresh connection (the cluster hands each new connection to
 * the next worker), resolving with its status and the request id sent.
 */
function getOnNewConnection(url: string, headers: Record<string, string>) {
  const requestId = randomUUID()
  return new Promise<{ status: number; requestId: string }>((resolve, reject) => {
    const outgoing = request(
      url,
      { agent: false, headers: { ...headers, 'x-request-id': requestId, 'connection': 'close' } },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ status: response.statusCode ?? 0, requestId }))
      }
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/** The pid of the worker that logged the request (each log line carries the process's pid). */
function pidThatAnswered(output: string, requestId: string): number | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes(requestId)) continue
    const entry = JSON.parse(line) as { pid: number; msg: string }
    if (entry.msg === 'request completed') return entry.pid
  }
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

test.group('Reliability: one process per core (bin/cluster.ts)', (group) => {
  let database: DisposableCluster

  group.setup(async () => {
    database = await startOwnDatabase('cluster')
    return () => database.destroy()
  })

  test('two workers share one port and the sessions, a dead worker is replaced, SIGTERM ends them all with exit code 0', async ({
    assert,
  }) => {
    // Cookie sessions and the database limiter store: what production runs by default.
    const app = await startAppOn(
      database,
      {
        WEB_CONCURRENCY: '2',
        LOG_LEVEL: 'info',
        SESSION_DRIVER: 'cookie',
        LIMITER_STORE: 'database',
      },
      'bin/cluster.ts'
    )
    const answeredBy = new Set<number>()
    try {
      const account = await registerThroughApi(app.url, 'clustered')
      const browser = new CookieSession(app.url)
      await browser.get(urlFor('auth.login'))
      const signIn = await browser.post(urlFor('auth.login.store'), {
        email: account.email,
        password: account.password,
      })
      assert.equal(signIn.status, 302)

      // The signed-in settings page, on new connections, until that many workers answered it.
      const settingsUntilAnswered = async (workers: number) => {
        const deadline = Date.now() + 30_000
        while (answeredBy.size < workers) {
          assert.isBelow(Date.now(), deadline, `${workers} workers answered in time`)
          const { status, requestId } = await getOnNewConnection(`${app.url}/settings`, {
            cookie: browser.cookieHeader(),
          })
          assert.equal(status, 200, 'every worker accepts the session')
          let pid: number | undefined
          await eventually(
            async () => (pid = pidThatAnswered(app.output(), requestId)) !== undefined,
            5_000,
            'the request is logged'
          )
          answeredBy.add(pid!)
        }
      }
      await settingsUntilAnswered(2)

      // A worker killed outright is replaced by a new one.
      const [killed] = answeredBy
      process.kill(killed, 'SIGKILL')
      const replaced = `worker ${killed} exited with signal SIGKILL; starting another`
      await eventually(async () => app.output().includes(replaced), 5_000, 'the primary notices')
      await settingsUntilAnswered(3)
    } finally {
      assert.equal(await app.stop(), 0, 'the primary exits 0 once every worker drained')
    }
    for (const pid of answeredBy) assert.isFalse(isRunning(pid), `worker ${pid} is gone`)
    assert.include(app.output(), 'all workers exited')
  }).timeout(120_000)
})
