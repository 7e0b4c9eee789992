import { test } from '@japa/runner'
import User from '#models/user'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'

async function tokenFor(client: any, user: User) {
  const response = await client
    .post('/api/v1/users/login')
    .json({ user: { email: user.email, password: FACTORY_PASSWORD } })
  return response.body().user.token as string
}

test.group('API v1: accounts', (group) => {
  isolateDatabase(group)

  test('registers with 201 and answers the RealWorld user with a token', async ({
    client,
    assert,
  }) => {
    const response = await client.post('/api/v1/users').json({
      user: { username: 'api_writer', email: 'Api@Example.com', password: 'long-enough-secret' },
    })

    response.assertStatus(201)
    response.assertAgainstApiSpec()
    response.assertHeader('content-type', 'application/json; charset=utf-8')
    const { user } = response.body()
    assert.deepEqual(Object.keys(user).sort(), ['bio', 'email', 'image', 'token', 'username'])
    assert.equal(user.email, 'api@example.com')
    assert.match(user.token, /^oat_/)
    assert.notInclude(response.text(), 'scrypt')
  })

  test('answers 422 with errors per field', async ({ client, assert }) => {
    await UserFactory.merge({ username: 'Taken', email: 'taken@example.com' }).create()
    const response = await client
      .post('/api/v1/users')
      .json({ user: { username: 'taken', email: 'TAKEN@example.com', password: 'short' } })

    response.assertStatus(422)
    response.assertAgainstApiSpec()
    const { errors } = response.body()
    assert.isArray(errors.username)
    assert.isArray(errors.email)
    assert.isArray(errors.password)
  })

  test('answers 422 JSON even without an Accept header or a body', async ({ client, assert }) => {
    const response = await client.post('/api/v1/users').header('accept', 'text/html')
    response.assertStatus(422)
    response.assertAgainstApiSpec()
    assert.isObject(response.body().errors)
  })

  test('logs in and returns a token; a wrong password is 401 JSON', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const ok = await client
      .post('/api/v1/users/login')
      .json({ user: { email: user.email, password: FACTORY_PASSWORD } })
    ok.assertStatus(200)
    ok.assertAgainstApiSpec()
    assert.equal(ok.body().user.username, user.username)

    const wrong = await client
      .post('/api/v1/users/login')
      .json({ user: { email: user.email, password: 'nope-nope' } })
    wrong.assertStatus(401)
    wrong.assertAgainstApiSpec()
    assert.deepEqual(wrong.body(), { errors: { body: ['Invalid e-mail or password.'] } })
  })

  for (const scheme of ['Token', 'Bearer']) {
    test('reads the current user with "Authorization: {scheme} <token>"', async ({
      client,
      assert,
    }) => {
      const user = await UserFactory.create()
      const token = await tokenFor(client, user)
      const response = await client
        .get('/api/v1/user')
        .header('authorization', `${scheme} ${token}`)
      response.assertStatus(200)
      response.assertAgainstApiSpec()
      assert.equal(response.body().user.username, user.username)
      assert.equal(response.body().user.token, token)
    }).tags([scheme])
  }

  test('answers 401 JSON without a token, with a bad one, or for a deactivated user', async ({
    client,
    assert,
  }) => {
    const missing = await client.get('/api/v1/user')
    missing.assertStatus(401)
    missing.assertAgainstApiSpec()
    assert.isArray(missing.body().errors.body)

    const bad = await client.get('/api/v1/user').header('authorization', 'Token oat_bogus.value')
    bad.assertStatus(401)
    bad.assertAgainstApiSpec()

    const user = await UserFactory.create()
    const token = await tokenFor(client, user)
    user.isActive = false
    await user.save()
    const deactivated = await client.get('/api/v1/user').header('authorization', `Token ${token}`)
    deactivated.assertStatus(401)
    deactivated.assertAgainstApiSpec()
  })

  test('updates the current user, but never the role', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const token = await tokenFor(client, user)
    const response = await client
      .put('/api/v1/user')
      .header('authorization', `Token ${token}`)
      .json({ user: { bio: 'API bio', image: 'https://img.example/a.png', role: 'admin' } })

    response.assertStatus(200)
    response.assertAgainstApiSpec()
    assert.equal(response.body().user.bio, 'API bio')
    await user.refresh()
    assert.equal(user.role, 'member')
    assert.equal(user.bio, 'API bio')
  })

  test('a password change through the API keeps the token in use working', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const token = await tokenFor(client, user)
    const other = await tokenFor(client, user)
    const changed = await client
      .put('/api/v1/user')
      .header('authorization', `Token ${token}`)
      .json({ user: { password: 'another-long-secret' } })
    changed.assertStatus(200)
    changed.assertAgainstApiSpec()

    const still = await client.get('/api/v1/user').header('authorization', `Token ${token}`)
    still.assertStatus(200)
    still.assertAgainstApiSpec()
    const revoked = await client.get('/api/v1/user').header('authorization', `Token ${other}`)
    revoked.assertStatus(401)
    revoked.assertAgainstApiSpec()
    assert.exists(await User.verifyCredentials(user.email, 'another-long-secret'))
  })

  test('unknown API routes answer 404 JSON', async ({ client, assert }) => {
    const response = await client.get('/api/v1/nothing-here').header('accept', 'text/html')
    response.assertStatus(404)
    assert.isArray(response.body().errors.body)
  })

  test('malformed JSON answers 400 JSON, not 500', async ({ client }) => {
    const response = await client.post('/api/v1/users/login').unsafeJson('{"user": {')
    response.assertStatus(400)
    response.assertAgainstApiSpec()
  })

  test('sign-ins are limited per IP, with Retry-After on the 429', async ({ client, assert }) => {
    for (let attempt = 1; attempt <= 30; attempt++) {
      const response = await client
        .post('/api/v1/users/login')
        .json({ user: { email: `nobody${attempt}@example.com`, password: 'whatever-password' } })
      assert.equal(response.status(), 401, `attempt ${attempt} is answered`)
    }
    const limited = await client
      .post('/api/v1/users/login')
      .json({ user: { email: 'one-more@example.com', password: 'whatever-password' } })
    limited.assertStatus(429)
    limited.assertAgainstApiSpec()
    assert.isAbove(Number(limited.header('retry-after')), 0)
  }).timeout(60_000)

  test('registrations are limited per IP', async ({ client, assert }) => {
    const register = (index: number) =>
      client.post('/api/v1/users').json({
        user: {
          username: `signup${index}`,
          email: `signup${index}@example.com`,
          password: 'long-enough-secret',
        },
      })
    for (let index = 1; index <= 10; index++) {
      const response = await register(index)
      assert.equal(response.status(), 201, `registration ${index} is accepted`)
    }
    const limited = await register(11)
    limited.assertStatus(429)
    limited.assertAgainstApiSpec()
    assert.exists(limited.header('retry-after'))
  }).timeout(60_000)
})
