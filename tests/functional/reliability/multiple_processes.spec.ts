import { test } from '@japa/runner'
import {
  type AppProcess,
  CookieSession,
  registerThroughApi,
  startAppOn,
  startOwnDatabase,
} from '#tests/support/app_process'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import { urlFor } from '#tests/support/routes'

test.group('Reliability: two app processes on one database', (group) => {
  let cluster: DisposableCluster
  let first: AppProcess
  let second: AppProcess

  group.setup(async () => {
    cluster = await startOwnDatabase('two-processes')
    // Sessions and rate limits in PostgreSQL, as a multi-process deployment runs.
    const shared = { SESSION_DRIVER: 'database', LIMITER_STORE: 'database' }
    ;[first, second] = await Promise.all([startAppOn(cluster, shared), startAppOn(cluster, shared)])
    return async () => {
      await Promise.all([first.stop(), second.stop()])
      await cluster.destroy()
    }
  })
  group.each.timeout(60_000)

  test('a sign-in on one process is valid on the other, and a sign-out ends it on both', async ({
    assert,
  }) => {
    const account = await registerThroughApi(first.url, 'shared_session')
    const onFirst = new CookieSession(first.url)
    await onFirst.get(urlFor('auth.login'))
    const signIn = await onFirst.post(urlFor('auth.login.store'), {
      email: account.email,
      password: account.password,
    })
    assert.equal(signIn.status, 302)
    assert.equal(signIn.location, urlFor('main.home'))

    const onSecond = onFirst.withUrl(second.url)
    const settings = await onSecond.get(urlFor('profiles.settings.edit'))
    assert.equal(settings.status, 200, 'the second process knows the session')
    assert.include(settings.html, 'shared_session')

    const signOut = await onSecond.post(urlFor('auth.logout'), {})
    assert.equal(signOut.status, 302)
    const afterSignOut = await onFirst.get(urlFor('profiles.settings.edit'))
    assert.equal(afterSignOut.status, 302, 'signed out on the first process too')
    assert.include(afterSignOut.location ?? '', urlFor('auth.login'))
  })

  test('failed sign-ins count across processes: the sixth is refused with 429', async ({
    assert,
  }) => {
    const account = await registerThroughApi(first.url, 'shared_limits')
    const attempt = (url: string, password: string) =>
      fetch(`${url}/api/v1/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: { email: account.email, password } }),
      })

    const statuses: number[] = []
    for (const [index, url] of [
      first.url,
      second.url,
      first.url,
      second.url,
      first.url,
    ].entries()) {
      const response = await attempt(url, `wrong-password-${index}`)
      statuses.push(response.status)
    }
    assert.deepEqual(
      statuses,
      [401, 401, 401, 401, 401],
      'five ordinary failures, split over both processes'
    )

    const blocked = await attempt(second.url, account.password)
    assert.equal(blocked.status, 429, 'the limit is shared, even for the right password')
    assert.exists(blocked.headers.get('retry-after'))
  })
})
