import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import { randomBytes } from 'node:crypto'
import { isolateDatabase } from '#tests/support/database'
import { startAppProcess } from '#tests/support/app_process'
import { allRoutes, createWorld, fill, urlFor } from '#tests/support/routes'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'

type Headers = Record<string, string | string[] | undefined>

/** Shield's headers, on a response of any kind. */
function assertSecurityHeaders(assert: Assert, headers: Headers, where: string) {
  const csp = String(headers['content-security-policy'] ?? '')
  assert.isNotEmpty(csp, `${where}: Content-Security-Policy`)
  const directives = new Map(
    csp.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/)
      return [name, values] as const
    })
  )
  const scripts = directives.get('script-src') ?? directives.get('default-src') ?? []
  assert.isNotEmpty(scripts, `${where}: CSP restricts scripts`)
  assert.notInclude(scripts, `'unsafe-inline'`, `${where}: no inline scripts`)
  assert.notInclude(scripts, `'unsafe-eval'`, `${where}: no eval`)
  assert.deepEqual(
    directives.get('frame-ancestors'),
    [`'none'`],
    `${where}: frame-ancestors 'none'`
  )
  assert.equal(headers['x-frame-options'], 'DENY', `${where}: X-Frame-Options`)
  assert.equal(headers['x-content-type-options'], 'nosniff', `${where}: nosniff`)
}

function setCookies(headers: Headers): string[] {
  const value = headers['set-cookie']
  return Array.isArray(value) ? value : value ? [value] : []
}

test.group('Security: headers on every page, cookies, session renewal', (group) => {
  isolateDatabase(group)

  test('every GET route answers with CSP, frame and nosniff headers (signed in and out)', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const routes = allRoutes().filter((route) => route.method === 'GET')
    assert.isAbove(routes.length, 20)
    for (const route of routes) {
      const url = fill(route.pattern, world)
      for (const signedIn of [false, true]) {
        const request = client.get(url).redirects(0)
        const response = signedIn ? await request.loginAs(world.admin) : await request
        assertSecurityHeaders(
          assert,
          response.headers(),
          `${route.method} ${url}${signedIn ? ' (signed in)' : ''} → ${response.status()}`
        )
      }
    }
  })

  test('responses that never reach a route have them too: 404 page, 404 JSON, static files', async ({
    client,
    assert,
  }) => {
    for (const url of [
      '/no-such-page',
      '/articles/no/such/thing',
      '/api/v1/no-such-endpoint',
      '/css/app.css',
      '/js/app.js',
    ]) {
      const response = await client.get(url)
      assertSecurityHeaders(assert, response.headers(), `GET ${url} → ${response.status()}`)
    }
    const missing = await client.get('/no-such-page')
    missing.assertStatus(404)
    assert.include(missing.text(), '<h1')
  })

  test('a refused page (a member on an admin page) carries them too', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const forbidden = await client
      .get(urlFor('admin.users.index'))
      .loginAs(world.stranger)
      .redirects(0)
    assert.include([302, 403], forbidden.status())
    assertSecurityHeaders(assert, forbidden.headers(), 'GET /admin/users as a member')
  })

  test('the session cookie is HttpOnly and SameSite=Lax; so is the remember-me cookie', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const page = await client.get(urlFor('auth.login'))
    const response = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email, password: FACTORY_PASSWORD, remember: 'on' })
      .withCsrfToken()
      .redirects(0)

    const cookies = [...setCookies(page.headers()), ...setCookies(response.headers())]
    const names = cookies.map((cookie) => cookie.split('=')[0])
    assert.include(names, 'folio-session')
    assert.include(names, 'remember_web')
    for (const cookie of cookies) {
      assert.match(cookie, /;\s*HttpOnly/i, cookie.split(';')[0])
      assert.match(cookie, /;\s*SameSite=Lax/i, cookie.split(';')[0])
    }
  })

  test('the session id changes at sign-in and at registration', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const loginForm = await client.get(urlFor('auth.login'))
    const signedIn = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    assert.exists(signedIn.cookie('folio-session')?.value)
    assert.notEqual(
      signedIn.cookie('folio-session')?.value,
      loginForm.cookie('folio-session')?.value
    )

    const registerForm = await client.get(urlFor('auth.register'))
    const registered = await client
      .post(urlFor('auth.register.store'))
      .form({
        username: 'fresh_session',
        email: 'fresh@example.com',
        password: 'a-long-password-1',
        password_confirmation: 'a-long-password-1',
      })
      .withCsrfToken()
      .redirects(0)
    assert.equal(registered.status(), 302)
    assert.exists(registered.cookie('folio-session')?.value)
    assert.notEqual(
      registered.cookie('folio-session')?.value,
      registerForm.cookie('folio-session')?.value
    )
  })

  test('in production: Secure cookies and HSTS as well', async ({ assert }) => {
    const app = await startAppProcess({
      NODE_ENV: 'production',
      APP_KEY: randomBytes(24).toString('hex'),
      LOG_LEVEL: 'silent',
    })
    try {
      const response = await fetch(`${app.url}/auth/login`)
      assert.equal(response.status, 200)
      assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+/)
      const cookies = response.headers.getSetCookie()
      assert.isNotEmpty(cookies)
      for (const cookie of cookies) assert.match(cookie, /;\s*Secure/i, cookie.split(';')[0])

      const missing = await fetch(`${app.url}/no-such-page`)
      assert.equal(missing.status, 404)
      assert.match(missing.headers.get('strict-transport-security') ?? '', /max-age=\d+/)
      assert.notInclude(await missing.text(), 'at ', 'no stack trace in production')
    } finally {
      assert.equal(await app.stop(), 0)
    }
  }).timeout(60_000)
})
