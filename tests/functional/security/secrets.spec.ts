import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/support/database'
import { tokenHeader } from '#tests/support/api'
import { allRoutes, createWorld, fill, urlFor } from '#tests/support/routes'
import { FACTORY_PASSWORD } from '#database/factories/user_factory'
import User from '#models/user'

test.group('Security: no password or password hash in any response', (group) => {
  isolateDatabase(group)

  test('no page or API answer contains a password or a hash, whoever asks', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const hashes = await User.query().select('password')
    const secrets = [
      FACTORY_PASSWORD,
      ...hashes.map((user) => user.password),
      '$scrypt$',
      '$argon2',
    ]
    const token = await tokenHeader(world.author)

    const routes = allRoutes().filter((route) => route.method === 'GET')
    const checked: string[] = []
    for (const route of routes) {
      const url = fill(route.pattern, world)
      const viewers = route.pattern.startsWith('/api/')
        ? [undefined]
        : [undefined, world.author, world.admin]
      for (const viewer of viewers) {
        let request = client.get(url).redirects(0)
        if (viewer) request = request.loginAs(viewer)
        if (route.pattern.startsWith('/api/')) request = request.header('authorization', token)
        const response = await request
        // Binary answers (an article's share card PNG) carry no text to leak.
        const text = response.text() ?? ''
        for (const secret of secrets) {
          assert.notInclude(text, secret, `${url} (${viewer?.username ?? 'guest'}) leaks a secret`)
        }
        checked.push(url)
      }
    }
    assert.isAbove(checked.length, 40)
  })

  test('the API answers for sign-up, sign-in and profile updates carry a token, never the password', async ({
    client,
    assert,
  }) => {
    const password = 'a-very-particular-password'
    const signUp = await client
      .post('/api/v1/users')
      .json({ user: { username: 'no_leaks', email: 'noleaks@example.com', password } })
    const signIn = await client
      .post('/api/v1/users/login')
      .json({ user: { email: 'noleaks@example.com', password } })
    const token = `Token ${signIn.body().user.token}`
    const update = await client
      .put('/api/v1/user')
      .header('authorization', token)
      .json({ user: { bio: 'hello', password: `${password}-2` } })
    for (const response of [signUp, signIn, update]) {
      response.assertStatus(response === signUp ? 201 : 200)
      assert.notProperty(response.body().user, 'password')
      assert.notInclude(response.text(), password)
      assert.notInclude(response.text(), '$scrypt$')
    }
  })

  test('a failed form keeps what was typed, except the passwords', async ({ client, assert }) => {
    await client.get(urlFor('auth.register'))
    const response = await client
      .post(urlFor('auth.register.store'))
      .form({
        username: 'x',
        email: 'not-an-email',
        password: 'short-secret',
        password_confirmation: 'other-secret',
      })
      .withCsrfToken()
      .redirects(0)
    const flashed = JSON.stringify(response.flashMessages())
    assert.notInclude(flashed, 'short-secret')
    assert.notInclude(flashed, 'other-secret')
    const page = await client
      .get(urlFor('auth.register'))
      .withFlashMessages(response.flashMessages())
    assert.notInclude(page.text(), 'short-secret')
  })
})
