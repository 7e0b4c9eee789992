import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase, startAppProcess } from '#tests/helpers'
import { articleBy, signedInMember } from './helpers.js'

const JSON_TYPE = 'application/json; charset=utf-8'

test.group('API v1: protocol', (group) => {
  isolateDatabase(group)

  test('every answer with a body is JSON with charset, errors included; a 204 has no body', async ({
    client,
    assert,
  }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user)
    const responses = [
      await client.get('/api/v1/tags'),
      await client.get('/api/v1/articles/nope'),
      await client.get('/api/v1/user'),
      await client.post('/api/v1/articles').header('authorization', authorization).json({}),
      await client
        .delete(`/api/v1/articles/${article.slug}`)
        .header('authorization', authorization),
      await client.get('/api/v1/no/such/route').header('accept', 'text/html'),
    ]
    assert.deepEqual(
      responses.map((response) => response.status()),
      [200, 404, 401, 422, 204, 404]
    )
    for (const response of responses) {
      if (response.status() === 204) {
        assert.equal(response.text(), '')
        continue
      }
      assert.equal(response.header('content-type'), JSON_TYPE, `${response.status()} answer`)
    }
  })

  test('a body over 1 MB is a 413 in JSON', async ({ client, assert }) => {
    const { authorization } = await signedInMember()
    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({ article: { title: 'Huge', description: 'd', body: 'x'.repeat(1024 * 1024 + 10) } })

    response.assertStatus(413)
    response.assertAgainstApiSpec()
    assert.equal(response.header('content-type'), JSON_TYPE)
    assert.notInclude(response.text(), ' at ')
  })

  test('malformed JSON is a 400 in JSON, without a stack trace', async ({ client, assert }) => {
    const { authorization } = await signedInMember()
    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .unsafeJson('{"article": {"title": ')

    response.assertStatus(400)
    response.assertAgainstApiSpec()
    assert.notInclude(response.text(), 'node_modules')
  })

  test('a body without Content-Type is not parsed: the write fails validation, not the server', async ({
    assert,
  }) => {
    const { authorization } = await signedInMember()
    // fetch sends no Content-Type for a byte body (superagent would always add one).
    const response = await fetch(`http://${process.env.HOST}:${process.env.PORT}/api/v1/articles`, {
      method: 'POST',
      headers: { authorization },
      body: new TextEncoder().encode(
        '{"article": {"title": "t", "description": "d", "body": "b"}}'
      ),
    })

    assert.equal(response.status, 422)
    assert.equal(response.headers.get('content-type'), JSON_TYPE)
    const { errors } = (await response.json()) as { errors: Record<string, string[]> }
    assert.deepEqual(errors, { article: ['must be defined'] })
  })

  test('a form-encoded body is read like JSON and answered in JSON', async ({ client, assert }) => {
    const { authorization } = await signedInMember()
    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .form({ 'article[title]': 'From a form', 'article[description]': 'd', 'article[body]': 'b' })

    response.assertStatus(201)
    response.assertAgainstApiSpec()
    assert.equal(response.header('content-type'), JSON_TYPE)
  })

  test('writes are limited per token, with Retry-After on the 429', async ({ client, assert }) => {
    const { authorization } = await signedInMember()
    const article = await articleBy(await UserFactory.create())
    const favorite = (header: string) =>
      client.post(`/api/v1/articles/${article.slug}/favorite`).header('authorization', header)

    for (let attempt = 1; attempt <= 60; attempt++) {
      const allowed = await favorite(authorization)
      assert.equal(allowed.status(), 200, `write ${attempt} is allowed`)
    }
    const limited = await favorite(authorization)
    limited.assertStatus(429)
    limited.assertAgainstApiSpec()
    assert.isAbove(Number(limited.header('retry-after')), 0)
    assert.equal(limited.header('x-ratelimit-remaining'), '0')

    // Reads are not throttled, and another token has its own allowance.
    const read = await client
      .get(`/api/v1/articles/${article.slug}`)
      .header('authorization', authorization)
    read.assertStatus(200)
    const { authorization: other } = await signedInMember()
    const otherToken = await favorite(other)
    otherToken.assertStatus(200)
  }).timeout(60_000)

  test('repeated failed sign-ins for one e-mail are a 429 with Retry-After', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const attempt = () =>
      client
        .post('/api/v1/users/login')
        .json({ user: { email: user.email, password: 'wrong-password' } })

    for (let failure = 1; failure <= 5; failure++) {
      const failed = await attempt()
      failed.assertStatus(401)
    }
    const limited = await attempt()
    limited.assertStatus(429)
    limited.assertAgainstApiSpec()
    assert.isAbove(Number(limited.header('retry-after')), 0)
  })

  test('answers CORS preflights for the configured origins with Authorization and Content-Type allowed', async ({
    assert,
  }) => {
    const app = await startAppProcess({ CORS_ORIGINS: 'https://reader.example' })
    try {
      const preflight = (origin: string) =>
        fetch(`${app.url}/api/v1/articles`, {
          method: 'OPTIONS',
          headers: {
            'origin': origin,
            'access-control-request-method': 'POST',
            // Browsers list them comma-separated without spaces (Fetch standard).
            'access-control-request-headers': 'authorization,content-type',
          },
        })

      const allowed = await preflight('https://reader.example')
      assert.oneOf(allowed.status, [200, 204])
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://reader.example')
      const allowedHeaders = (
        allowed.headers.get('access-control-allow-headers') ?? ''
      ).toLowerCase()
      assert.include(allowedHeaders, 'authorization')
      assert.include(allowedHeaders, 'content-type')
      assert.include(allowed.headers.get('access-control-allow-methods') ?? '', 'POST')

      const foreign = await preflight('https://evil.example')
      assert.isNull(foreign.headers.get('access-control-allow-origin'))

      const simple = await fetch(`${app.url}/api/v1/tags`, {
        headers: { origin: 'https://reader.example' },
      })
      assert.equal(simple.status, 200)
      assert.equal(simple.headers.get('access-control-allow-origin'), 'https://reader.example')
    } finally {
      await app.stop()
    }
  }).timeout(60_000)
})
