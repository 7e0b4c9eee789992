import { test } from '@japa/runner'
import {
  type AppProcess,
  eventually,
  registerThroughApi,
  startAppOn,
  startOwnDatabase,
} from '#tests/support/app_process'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'

const UNAVAILABLE = {
  errors: { body: ['The service is temporarily unavailable. Please try again shortly.'] },
}

test.group('Reliability: the database goes away while the app runs', (group) => {
  let cluster: DisposableCluster
  let app: AppProcess

  group.setup(async () => {
    cluster = await startOwnDatabase('outage')
    app = await startAppOn(cluster)
    await registerThroughApi(app.url, 'outage_writer')
    return async () => {
      await app.stop()
      await cluster.destroy()
    }
  })
  group.each.timeout(90_000)

  test('pages answer the 503 page, the API a 503 JSON and /health/ready 503, and the process stays up', async ({
    assert,
  }) => {
    const before = await fetch(`${app.url}/`)
    assert.equal(before.status, 200, 'the home page works while the database is up')

    await cluster.stop()

    // Several at once: each waits for the pool's acquire timeout.
    const [home, search, article, apiList, apiLogin, ready, live] = await Promise.all([
      fetch(`${app.url}/`, { headers: { accept: 'text/html' } }),
      fetch(`${app.url}/search?q=anything`, { headers: { accept: 'text/html' } }),
      fetch(`${app.url}/articles/some-article`, { headers: { accept: 'text/html' } }),
      fetch(`${app.url}/api/v1/articles`),
      fetch(`${app.url}/api/v1/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          user: { email: 'outage_writer@example.com', password: 'correct-horse-battery' },
        }),
      }),
      fetch(`${app.url}/health/ready`),
      fetch(`${app.url}/health/live`),
    ])

    for (const [name, page] of [
      ['home', home],
      ['search', search],
      ['article', article],
    ] as const) {
      assert.equal(page.status, 503, `${name} page`)
      assert.include(page.headers.get('content-type') ?? '', 'text/html')
      const html = await page.text()
      assert.include(html, 'Temporarily unavailable', `${name} shows the styled 503 page`)
      assert.notInclude(html, 'ECONNREFUSED', `${name} does not leak the error`)
    }
    for (const response of [apiList, apiLogin]) {
      assert.equal(response.status, 503)
      assert.include(response.headers.get('content-type') ?? '', 'application/json')
      assert.deepEqual(await response.json(), UNAVAILABLE)
    }
    assert.equal(ready.status, 503)
    assert.equal(((await ready.json()) as { status: string }).status, 'error')
    assert.equal(live.status, 200, 'the process itself is alive')
  })

  test('everything recovers when the database returns, without restarting the app', async ({
    assert,
  }) => {
    await cluster.start()
    await eventually(
      async () => {
        const ready = await fetch(`${app.url}/health/ready`)
        return ready.status === 200
      },
      30_000,
      'ready is 200 again'
    )

    const home = await fetch(`${app.url}/`)
    assert.equal(home.status, 200)
    const list = await fetch(`${app.url}/api/v1/articles`)
    assert.equal(list.status, 200)
    assert.property(await list.json(), 'articles')

    // Reads and writes both work on the same, never restarted, process.
    const login = await fetch(`${app.url}/api/v1/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        user: { email: 'outage_writer@example.com', password: 'correct-horse-battery' },
      }),
    })
    assert.equal(login.status, 200)
    const { user } = (await login.json()) as { user: { token: string } }
    const created = await fetch(`${app.url}/api/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Token ${user.token}` },
      body: JSON.stringify({
        article: { title: 'Back online', description: 'After the outage', body: 'It works.' },
      }),
    })
    assert.equal(created.status, 201)
  })
})
