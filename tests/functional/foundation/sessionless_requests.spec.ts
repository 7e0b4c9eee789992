import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import { isolateDatabase } from '#tests/support/database'
import { createWorld, fill, urlFor } from '#tests/support/routes'
import { visit } from '#tests/support/visits'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'

type Headers = Record<string, string | string[] | undefined>

/** Public read pages, rendered for guests without any session (route patterns, for fill()). */
const PUBLIC_PAGES = [
  '/',
  '/?page=2',
  '/articles/:slug',
  '/tags/:name',
  '/profiles/:username',
  '/profiles/:username/favorites',
  '/search?q=the',
  '/about',
]

function setCookies(headers: Headers): string[] {
  const value = headers['set-cookie']
  return Array.isArray(value) ? value : value ? [value] : []
}

function assertNoCookies(assert: Assert, headers: Headers, where: string) {
  assert.deepEqual(setCookies(headers), [], `${where}: no Set-Cookie`)
}

/**
 * A conditional GET, as a CDN or browser cache revalidates. (fetch() would
 * add `Cache-Control: no-cache` to it, which asks for a full answer.)
 */
function revalidate(path: string, etag: string) {
  return visit(path, { 'If-None-Match': etag, 'Cache-Control': 'max-age=0' })
}

/** A minimal browser: keeps the cookies it is given and sends them back. */
class CookieBrowser {
  #cookies = new Map<string, string>()

  async request(path: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const response = await fetch(`http://${process.env.HOST}:${process.env.PORT}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Cookie: [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(init.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form) : undefined,
      redirect: 'manual',
    })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';')
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]
      const expired = attributes.some((attribute) => /^\s*max-age=0$/i.test(attribute))
      if (expired || value === '') this.#cookies.delete(name)
      else this.#cookies.set(name, value)
    }
    return { response, html: await response.text() }
  }

  /** The CSRF token of the page's forms. */
  static csrfToken(html: string) {
    return /name=['"]_csrf['"] value=['"]([^'"]+)/.exec(html)?.[1] ?? ''
  }
}

/** `name=value` of the cookie a response sets, ready for a Cookie header. */
function cookiePair(setCookieHeaders: string[], name: string) {
  const cookie = setCookieHeaders.find((header) => header.startsWith(`${name}=`))
  return cookie?.split(';')[0]
}

test.group('Sessionless requests: guests, API, probes, feeds', (group) => {
  isolateDatabase(group)

  test('a guest gets public pages with no cookie, shared-cache headers and an ETag', async ({
    assert,
  }) => {
    const world = await createWorld()
    for (const pattern of PUBLIC_PAGES) {
      const url = fill(pattern, world)
      const response = await visit(url)
      assert.equal(response.status, 200, url)
      assert.deepEqual(response.headers.getSetCookie(), [], `${url}: no Set-Cookie`)
      const cacheControl = response.headers.get('cache-control') ?? ''
      assert.match(cacheControl, /^public, max-age=\d+/, `${url}: public`)
      assert.include(response.headers.get('vary') ?? '', 'Cookie', `${url}: varies on cookies`)
      const etag = response.headers.get('etag')
      assert.isNotEmpty(etag, `${url}: ETag`)
      assert.isNotEmpty(response.headers.get('content-security-policy'), `${url}: CSP`)
      assert.equal(response.headers.get('x-frame-options'), 'DENY', `${url}: X-Frame-Options`)
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${url}: nosniff`)
      const html = await response.text()
      assert.include(html, 'Sign in', `${url}: the guest header`)
      assert.notMatch(html, /name=['"]_csrf['"]/, `${url}: no form needing a CSRF token`)

      const again = await revalidate(url, etag!)
      assert.equal(again.status, 304, `${url}: If-None-Match`)
      assert.equal(await again.text(), '', `${url}: 304 has no body`)
      assert.equal(again.headers.get('etag'), etag, `${url}: 304 keeps the ETag`)
      assert.equal(again.headers.get('cache-control'), cacheControl, `${url}: and Cache-Control`)
      assert.deepEqual(again.headers.getSetCookie(), [], `${url} (304): no Set-Cookie`)
    }
  })

  test('the ETag follows the content: an edit gives a new one', async ({ assert }) => {
    const world = await createWorld()
    const url = fill('/articles/:slug', world)
    const before = await visit(url)
    world.article.title = 'A new title for the cache'
    await world.article.save()

    const after = await revalidate(url, before.headers.get('etag')!)
    assert.equal(after.status, 200)
    assert.notEqual(after.headers.get('etag'), before.headers.get('etag'))
    assert.include(await after.text(), 'A new title for the cache')
  })

  test('a missing page is neither cached as public nor given a cookie', async ({ assert }) => {
    const response = await visit(urlFor('articles.show', { slug: 'no-such-article' }))
    assert.equal(response.status, 404)
    assert.deepEqual(response.headers.getSetCookie(), [])
    assert.notMatch(response.headers.get('cache-control') ?? '', /public/)
    assert.include(await response.text(), 'Sign in')
  })

  test('the API, health probes, feeds, sitemaps and static files set no cookie', async ({
    assert,
  }) => {
    const world = await createWorld()
    for (const url of [
      '/api/v1/articles',
      '/api/v1/tags',
      fill('/api/v1/articles/:slug', world),
      '/api/v1/no-such-endpoint',
      '/api/docs',
      '/health/live',
      '/health/ready',
      '/feed.xml',
      '/robots.txt',
      '/sitemap.xml',
      '/sitemaps/pages.xml',
      '/css/app.css',
      '/no-such-page',
    ]) {
      const response = await visit(url)
      const where = `GET ${url} → ${response.status}`
      assert.deepEqual(response.headers.getSetCookie(), [], `${where}: no Set-Cookie`)
      assert.isNotEmpty(response.headers.get('x-request-id'), `${where}: X-Request-Id`)
      await response.arrayBuffer()
    }
  })

  test('the API still authenticates by token, never by cookie', async ({ client, assert }) => {
    const world = await createWorld()
    const viaCookie = await client.get('/api/v1/user').loginAs(world.author)
    viaCookie.assertStatus(401)
    assertNoCookies(assert, viaCookie.headers(), 'GET /api/v1/user with a session cookie')

    const login = await client
      .post('/api/v1/users/login')
      .json({ user: { email: world.author.email, password: FACTORY_PASSWORD } })
    login.assertStatus(200)
    assertNoCookies(assert, login.headers(), 'POST /api/v1/users/login')
    const token = login.body().user.token as string
    const viaToken = await client.get('/api/v1/user').header('Authorization', `Token ${token}`)
    viaToken.assertStatus(200)
    assertNoCookies(assert, viaToken.headers(), 'GET /api/v1/user with a token')
  })

  test('a signed-in reader gets personal, private pages', async ({ client, assert }) => {
    const world = await createWorld()
    for (const pattern of ['/', '/articles/:slug', '/profiles/:username']) {
      const url = fill(pattern, world)
      const response = await client.get(url).loginAs(world.stranger)
      response.assertStatus(200)
      assert.equal(response.header('cache-control'), 'private, no-cache', url)
      assert.include(response.text(), world.stranger.username, `${url}: greets the reader`)
      assert.include(response.text(), 'Sign out', `${url}: the signed-in header`)
    }
  })

  test('a returning browser with a session cookie still gets its flash messages', async ({
    client,
    assert,
  }) => {
    const response = await client
      .get(urlFor('main.home'))
      .withFlashMessages({ success: 'Saved for later.' })
    response.assertStatus(200)
    assert.include(response.text(), 'Saved for later.')
    assert.equal(response.header('cache-control'), 'private, no-cache')
  })

  test('a browser signs in, reads, signs out and sees the message on a public page', async ({
    assert,
  }) => {
    const world = await createWorld()
    const browser = new CookieBrowser()

    const loginForm = await browser.request(urlFor('auth.login'))
    const signedIn = await browser.request(urlFor('auth.login.store'), {
      method: 'POST',
      form: {
        email: world.stranger.email,
        password: FACTORY_PASSWORD,
        _csrf: CookieBrowser.csrfToken(loginForm.html),
      },
    })
    assert.equal(signedIn.response.status, 302)

    const home = await browser.request(urlFor('main.home'))
    assert.include(home.html, world.stranger.username)
    assert.include(home.html, 'Welcome back')
    assert.equal(home.response.headers.get('cache-control'), 'private, no-cache')

    const signedOut = await browser.request(urlFor('auth.logout'), {
      method: 'POST',
      form: { _csrf: CookieBrowser.csrfToken(home.html) },
    })
    assert.equal(signedOut.response.status, 302)

    const after = await browser.request(signedOut.response.headers.get('location')!)
    assert.include(after.html, 'You are signed out.')
    assert.include(after.html, 'Sign in')
    assert.notInclude(after.html, world.stranger.username)
    assert.equal(after.response.headers.get('cache-control'), 'private, no-cache')
  })

  test('a remember-me cookie alone signs the reader in on a public page', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const signedIn = await client
      .post(urlFor('auth.login.store'))
      .form({ email: world.stranger.email, password: FACTORY_PASSWORD, remember: 'on' })
      .withCsrfToken()
      .redirects(0)
    const rememberMe = cookiePair(setCookies(signedIn.headers()), 'remember_web')
    assert.exists(rememberMe)

    const home = await visit(urlFor('main.home'), { Cookie: rememberMe! })
    assert.equal(home.status, 200)
    assert.include(await home.text(), world.stranger.username)
    assert.equal(home.headers.get('cache-control'), 'private, no-cache')
  })

  test('a cookie the site did not set does not make a visitor a returning one', async ({
    assert,
  }) => {
    const response = await visit(urlFor('main.home'), { Cookie: 'theme=dark; _ga=GA1.1.1' })
    assert.equal(response.status, 200)
    assert.deepEqual(response.headers.getSetCookie(), [])
    assert.match(response.headers.get('cache-control') ?? '', /^public/)
  })
})
