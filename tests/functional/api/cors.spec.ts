import { test } from '@japa/runner'
import { startAppProcess } from '#tests/support/app_process'

/** A browser's preflight for a RealWorld front end's POST with a token. */
function preflight(url: string, origin: string) {
  return fetch(`${url}/api/v1/articles`, {
    method: 'OPTIONS',
    headers: {
      'origin': origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  })
}

const LOCAL_FRONT_ENDS = [
  'http://localhost:4200',
  'http://localhost:5173',
  'http://localhost:3000',
  'http://127.0.0.1:8080',
]

test.group('API v1: CORS without CORS_ORIGINS', () => {
  test('development lets a front end on any local port call the API, and nobody else', async ({
    assert,
  }) => {
    const app = await startAppProcess({ NODE_ENV: 'development', CORS_ORIGINS: '' })
    try {
      for (const origin of LOCAL_FRONT_ENDS) {
        const allowed = await preflight(app.url, origin)
        assert.oneOf(allowed.status, [200, 204], origin)
        assert.equal(allowed.headers.get('access-control-allow-origin'), origin)
      }
      for (const origin of [
        'https://localhost:4200',
        'http://localhost.evil.example',
        'http://evil.example',
      ]) {
        const refused = await preflight(app.url, origin)
        assert.isNull(refused.headers.get('access-control-allow-origin'), origin)
      }
      const list = await fetch(`${app.url}/api/v1/tags`, {
        headers: { origin: 'http://localhost:4200' },
      })
      assert.equal(list.status, 200)
      assert.equal(list.headers.get('access-control-allow-origin'), 'http://localhost:4200')
    } finally {
      await app.stop()
    }
  }).timeout(60_000)

  test('production stays closed until CORS_ORIGINS lists an origin', async ({ assert }) => {
    const app = await startAppProcess({
      NODE_ENV: 'production',
      APP_KEY: 'a-production-secret-of-at-least-32-characters',
      CORS_ORIGINS: '',
    })
    try {
      for (const origin of LOCAL_FRONT_ENDS) {
        const refused = await preflight(app.url, origin)
        assert.isNull(refused.headers.get('access-control-allow-origin'), origin)
      }
    } finally {
      await app.stop()
    }
  }).timeout(60_000)
})

test.group('API v1: CORS follows the API route group', () => {
  test('the API answers a listed origin, its refusals included; the site does not', async ({
    assert,
  }) => {
    const origin = 'https://reader.example'
    const app = await startAppProcess({ CORS_ORIGINS: origin })
    try {
      const allowed = await preflight(app.url, origin)
      assert.oneOf(allowed.status, [200, 204])
      assert.equal(allowed.headers.get('access-control-allow-origin'), origin)

      // Refused by the body parser, before the API group's own middleware runs.
      const malformed = await fetch(`${app.url}/api/v1/users/login`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', 'accept': 'application/json' },
        body: '{"user": ',
      })
      assert.equal(malformed.status, 400)
      assert.equal(malformed.headers.get('access-control-allow-origin'), origin)

      const unknown = await fetch(`${app.url}/api/v1/no-such-thing`, { headers: { origin } })
      assert.equal(unknown.status, 404)
      assert.equal(unknown.headers.get('access-control-allow-origin'), origin)

      const page = await fetch(`${app.url}/about`, { headers: { origin } })
      assert.equal(page.status, 200)
      assert.isNull(page.headers.get('access-control-allow-origin'))
    } finally {
      await app.stop()
    }
  }).timeout(60_000)
})
