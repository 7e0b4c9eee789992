import { test } from '@japa/runner'
import { runServerUntilExit, startAppProcess } from '#tests/support/app_process'
import { urlFor } from '#tests/support/routes'

test.group('Operations', () => {
  test('production refuses to start without a real APP_KEY', async ({ assert }) => {
    for (const appKey of ['', 'too-short', 'folio-development-key-not-secret-0000']) {
      const { code, output } = await runServerUntilExit({ NODE_ENV: 'production', APP_KEY: appKey })
      assert.notEqual(code, 0, `APP_KEY="${appKey}" must be refused`)
      assert.include(output, 'APP_KEY must be set')
    }
  }).timeout(90_000)

  test('logs one line per request with method, URL, status, duration and request id', async ({
    assert,
  }) => {
    const app = await startAppProcess({ LOG_LEVEL: 'info' })
    try {
      const response = await fetch(`${app.url}/health/live?probe=1`, {
        headers: { 'x-request-id': 'trace-42' },
      })
      assert.equal(response.headers.get('x-request-id'), 'trace-42')
      await new Promise((resolve) => setTimeout(resolve, 200))

      const line = app
        .output()
        .split('\n')
        .filter((entry) => entry.includes('request completed'))
        .map((entry) => JSON.parse(entry))
        .find((entry) => entry.url === '/health/live?probe=1')
      assert.exists(line, 'a log line for the request')
      assert.equal(line.method, 'GET')
      assert.equal(line.status, 200)
      assert.equal(line.request_id, 'trace-42')
      assert.isNumber(line.durationMs)
    } finally {
      assert.equal(await app.stop(), 0)
    }
  }).timeout(60_000)

  test('pages carry the security headers and a locked-down session cookie', async ({
    client,
    assert,
  }) => {
    const response = await client.get(urlFor('auth.login'))
    const csp = response.header('content-security-policy') ?? ''
    assert.include(csp, "script-src 'self'")
    assert.notInclude(csp, 'unsafe-inline')
    assert.include(csp, "frame-ancestors 'none'")
    assert.equal(response.header('x-frame-options'), 'DENY')
    assert.equal(response.header('x-content-type-options'), 'nosniff')

    const setCookie = ([] as string[]).concat(response.header('set-cookie') ?? [])
    const session = setCookie.find((cookie) => cookie.startsWith('folio-session='))
    assert.exists(session)
    assert.match(session!, /HttpOnly/i)
    assert.match(session!, /SameSite=Lax/i)
  })
})
