import { test } from '@japa/runner'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import { registerThroughApi, startAppOn, startOwnDatabase } from '#tests/support/app_process'

const WARNING = 'Rate limits are off (RATE_LIMITS=off): never run a public server like this'

/**
 * Goes past every limit a benchmark seed would meet, from one IP, and
 * returns the statuses: registrations (10 per hour allowed), failed
 * sign-ins for one account (5) and from one IP (30), API writes per
 * token (60 per minute).
 */
async function pastEveryLimit(url: string, prefix: string) {
  const account = await registerThroughApi(url, `${prefix}_account`)
  const post = (path: string, body: object, method = 'POST', token?: string) =>
    fetch(`${url}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Token ${token}` } : {}),
      },
      body: JSON.stringify(body),
    }).then((response) => response.status)

  const registrations: number[] = []
  for (let index = 1; index <= 25; index++) {
    const user = {
      username: `${prefix}_${index}`,
      email: `${prefix}_${index}@example.com`,
      password: 'correct-horse-battery',
    }
    registrations.push(await post('/users', { user }))
  }
  const failedSignIns: number[] = []
  for (let index = 1; index <= 35; index++) {
    const user = { email: account.email, password: `wrong-password-${index}` }
    failedSignIns.push(await post('/users/login', { user }))
  }
  const writes: number[] = []
  for (let index = 1; index <= 65; index++) {
    writes.push(await post('/user', { user: { bio: `bio ${index}` } }, 'PUT', account.token))
  }
  return { registrations, failedSignIns, writes }
}

test.group('Reliability: RATE_LIMITS=off for benchmarks', (group) => {
  let cluster: DisposableCluster

  group.setup(async () => {
    cluster = await startOwnDatabase('rate-limits')
    return () => cluster.destroy()
  })
  group.each.timeout(90_000)

  test('off: nothing is refused, and the server warns once at start', async ({ assert }) => {
    const app = await startAppOn(cluster, { RATE_LIMITS: 'off', LOG_LEVEL: 'warn' })
    try {
      const statuses = await pastEveryLimit(app.url, 'off')
      assert.deepEqual(statuses.registrations, Array(25).fill(201))
      assert.deepEqual(statuses.failedSignIns, Array(35).fill(401))
      assert.deepEqual(statuses.writes, Array(65).fill(200))
      assert.equal(app.output().split(WARNING).length - 1, 1, app.output())
    } finally {
      assert.equal(await app.stop(), 0)
    }
  })

  test('on (the default): the same requests meet a 429 past each limit', async ({ assert }) => {
    const app = await startAppOn(cluster, { LOG_LEVEL: 'warn' })
    try {
      const statuses = await pastEveryLimit(app.url, 'on')
      // The account's own registration was the first of the ten allowed.
      assert.deepEqual(statuses.registrations.slice(0, 9), Array(9).fill(201))
      assert.equal(statuses.registrations[9], 429)
      assert.deepEqual(statuses.failedSignIns.slice(0, 5), Array(5).fill(401))
      assert.equal(statuses.failedSignIns[5], 429)
      assert.deepEqual(statuses.writes.slice(0, 60), Array(60).fill(200))
      assert.equal(statuses.writes[60], 429)
      assert.notInclude(app.output(), WARNING)
    } finally {
      await app.stop()
    }
  })
})
