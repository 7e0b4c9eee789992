import { test } from '@japa/runner'
import { startAppProcess } from '#tests/support/app_process'

test.group('Health probes', () => {
  test('live answers 200 while the process runs', async ({ client }) => {
    const response = await client.get('/health/live')
    response.assertStatus(200)
    response.assertBody({ status: 'ok' })
  })

  test('ready answers 200 when the database answers', async ({ client, assert }) => {
    const response = await client.get('/health/ready')
    response.assertStatus(200)
    assert.equal(response.body().status, 'ok')
  })

  test('ready answers 503 when the database cannot be reached, pages 503, API 503 JSON', async ({
    assert,
  }) => {
    // A server whose database port has nothing listening: the outage, for real.
    const app = await startAppProcess({ DB_HOST: '127.0.0.1', DB_PORT: '1', DATABASE_URL: '' })
    try {
      const ready = await fetch(`${app.url}/health/ready`)
      assert.equal(ready.status, 503)
      assert.equal(((await ready.json()) as { status: string }).status, 'error')

      const page = await fetch(`${app.url}/settings`, {
        headers: { accept: 'text/html' },
        redirect: 'manual',
      })
      assert.oneOf(page.status, [302, 503], 'never a 500')

      const api = await fetch(`${app.url}/api/v1/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          user: { email: 'someone@example.com', password: 'whatever-it-is' },
        }),
      })
      assert.equal(api.status, 503)
      assert.deepEqual(await api.json(), {
        errors: { body: ['The service is temporarily unavailable. Please try again shortly.'] },
      })

      const live = await fetch(`${app.url}/health/live`)
      assert.equal(live.status, 200, 'the process itself stays up')
    } finally {
      assert.equal(await app.stop(), 0, 'SIGTERM exits 0')
    }
  }).timeout(60000)

  test('echoes a given X-Request-Id, and makes one up otherwise', async ({ client, assert }) => {
    const given = await client.get('/health/live').header('x-request-id', 'probe-123')
    given.assertHeader('x-request-id', 'probe-123')
    const generated = await client.get('/health/live')
    assert.isString(generated.header('x-request-id'))
  })
})
