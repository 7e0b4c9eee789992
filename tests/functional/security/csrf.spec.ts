import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { allRoutes, createWorld, fill, STATE_CHANGING } from './support.js'

/**
 * The JSON API authenticates with a token header, which a forged form cannot send.
 * One-click unsubscribe (RFC 8058) is a signed link with no session: a forged
 * request cannot carry a valid signature (tests/functional/notifications).
 */
const webRoutes = () =>
  allRoutes().filter(
    (route) =>
      STATE_CHANGING.has(route.method) &&
      !route.pattern.startsWith('/api/') &&
      route.name !== 'notifications.unsubscribe.store'
  )

test.group('Security: CSRF on every state-changing web route', (group) => {
  isolateDatabase(group)

  test('the router has the state-changing web routes this suite expects', ({ assert }) => {
    const names = webRoutes().map((route) => route.name)
    for (const expected of [
      'auth.login.store',
      'auth.register.store',
      'auth.logout',
      'profiles.settings.update',
      'articles.store',
    ]) {
      assert.include(names, expected)
    }
  })

  test('{method} {pattern} refuses a request without a CSRF token')
    .with(() => webRoutes())
    .run(async ({ client, assert }, route) => {
      const world = await createWorld()
      const url = fill(route.pattern, world)
      // Sign-in and registration are for guests; everything else for a signed-in admin (who may do most).
      const guestRoute = route.name.startsWith('auth.') && route.name !== 'auth.logout'
      let request = client[route.method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](url)
        .form({
          title: 'x',
          body: 'x',
          email: 'someone@example.com',
          password: 'whatever-password',
        })
        .redirects(0)
      if (!guestRoute) request = request.loginAs(world.admin)

      const response = await request
      assert.notIncludeMembers([response.status()], [200, 201, 204], 'nothing was done')
      assert.equal(response.flashMessages().error, 'Invalid or expired CSRF token')
    })

  test('the same request with the token goes through (the check is the token, not the route)', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const response = await client
      .post(fill('/articles/:slug/favorite', world))
      .loginAs(world.stranger)
      .withCsrfToken()
      .redirects(0)
    assert.notEqual(response.flashMessages().error, 'Invalid or expired CSRF token')
    assert.include([200, 302, 303], response.status())
  })
})
