import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/helpers'
import { articleBy, tokenHeader } from '#tests/functional/api/helpers'

/**
 * Numbers in a URL that name no row: past PostgreSQL's `integer`, past a
 * safe JavaScript integer, zero, negative, fractional, in exponent form.
 */
const NOT_ROW_IDS = [
  '2147483648',
  '9223372036854775808',
  '99999999999999999999999',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
]

/** Route parameters that carry a number (ids, sitemap parts). */
const NUMERIC_PARAMS = new Set(['id', 'part'])

interface RouteEntry {
  pattern: string
  methods: string[]
  name?: string
}

/** Every route of the application that has a numeric parameter. */
function routesWithNumericParams(): RouteEntry[] {
  const routes = Object.values(router.toJSON()).flat() as RouteEntry[]
  return routes.filter((route) =>
    [...route.pattern.matchAll(/:(\w+)/g)].some(([, name]) => NUMERIC_PARAMS.has(name))
  )
}

test.group('Security: ids out of range', (group) => {
  isolateDatabase(group)

  test('the application has routes with id parameters on the site and in the API', ({ assert }) => {
    const patterns = routesWithNumericParams().map((route) => route.pattern)
    assert.include(patterns, '/api/v1/articles/:slug/comments/:id')
    assert.include(patterns, '/articles/:slug/comments/:id')
    assert.include(patterns, '/admin/users/:id/role')
  })

  test('every route answers 404 for an id that names no row, never 500', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const authorization = await tokenHeader(admin)
    const article = await articleBy(admin, { title: 'Has comments' })
    const failures: string[] = []

    for (const route of routesWithNumericParams()) {
      const method = route.methods.find((name) => name !== 'HEAD')!
      for (const value of NOT_ROW_IDS) {
        const url = route.pattern
          .replace(':slug', article.slug)
          .replace(/:(id|part)\b/g, encodeURIComponent(value))
        const request = client.request(url, method).redirects(0)
        const response = route.pattern.startsWith('/api/')
          ? await request.header('authorization', authorization).json({})
          : await request.loginAs(admin).withCsrfToken().form({ role: 'member', status: 'active' })
        if (response.status() !== 404) {
          failures.push(`${method} ${url} -> ${response.status()}`)
        }
        if (route.pattern.startsWith('/api/')) {
          assert.include(response.header('content-type') ?? '', 'application/json', url)
        }
      }
    }
    assert.deepEqual(failures, [], 'every out-of-range id is a 404')
  })
})
