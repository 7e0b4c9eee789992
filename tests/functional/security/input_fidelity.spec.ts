import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Article from '#models/article'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { articleBy, signedInMember } from '#tests/support/api'
import { urlFor } from '#tests/support/routes'

const count = async (table: string) => Number((await db.from(table).count('* as total'))[0].total)

const API = `http://${process.env.HOST}:${process.env.PORT}/api/v1`

/** Markdown whose meaning lives in its whitespace: an indented code block and a hard line break. */
const MARKDOWN =
  '    const indented = "code block"\n\nA line ending in a hard break  \nthe next line\n'

test.group('Input is stored as written (issue 11, item 4)', (group) => {
  isolateDatabase(group)

  test('the API keeps a body’s leading indentation and trailing spaces; only single-line fields are trimmed', async ({
    client,
    assert,
  }) => {
    const { authorization } = await signedInMember()
    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({
        article: { title: '  Whitespace matters  ', description: ' d ', body: MARKDOWN },
      })

    response.assertStatus(201)
    response.assertAgainstApiSpec()
    assert.equal(response.body().article.body, MARKDOWN)
    assert.equal(response.body().article.title, 'Whitespace matters')
    assert.equal(response.body().article.description, 'd')
    const stored = await Article.findByOrFail('slug', response.body().article.slug)
    assert.equal(stored.body, MARKDOWN)
  })

  test('the editor form keeps the body as typed, with line endings normalized', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const response = await client
      .post(urlFor('articles.store'))
      .form({
        title: ' Typed in a browser ',
        description: 'd',
        body: MARKDOWN.replaceAll('\n', '\r\n'),
        published: 'true',
      })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    const stored = await Article.findByOrFail('slug', 'typed-in-a-browser')
    assert.equal(stored.title, 'Typed in a browser')
    assert.equal(stored.body, MARKDOWN)
  })

  test('a comment keeps its indentation', async ({ client, assert }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user)
    const body = '  > quoted with care  \n\n    code'
    const response = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .header('authorization', authorization)
      .json({ comment: { body } })

    response.assertStatus(201)
    assert.equal(response.body().comment.body, body)
  })
})

test.group(
  'NUL characters and invalid UTF-8 are refused, not rewritten (issue 11, item 5)',
  (group) => {
    isolateDatabase(group)

    test('"null" + 5,000 NULs is a 422 naming the field, not a 4-character comment', async ({
      client,
      assert,
    }) => {
      const { user, authorization } = await signedInMember()
      const article = await articleBy(user)
      const response = await client
        .post(`/api/v1/articles/${article.slug}/comments`)
        .header('authorization', authorization)
        .json({ comment: { body: 'null' + '\u0000'.repeat(5000) } })

      response.assertStatus(422)
      response.assertAgainstApiSpec()
      assert.deepEqual(response.body(), { errors: { body: ['must not contain NUL characters'] } })
      assert.equal(await count('comments'), 0)
    })

    test('bytes that are not UTF-8 are a 422 naming the field, not U+FFFD in the database', async ({
      assert,
    }) => {
      const { authorization } = await signedInMember()
      const json = Buffer.concat([
        Buffer.from('{"article": {"title": "caf'),
        Buffer.from([0xe9]), // Latin-1 "é": not UTF-8
        Buffer.from('", "description": "d", "body": "b"}}'),
      ])
      const response = await fetch(`${API}/articles`, {
        method: 'POST',
        headers: { 'authorization': authorization, 'content-type': 'application/json' },
        body: json,
      })

      assert.equal(response.status, 422)
      assert.deepEqual(await response.json(), { errors: { title: ['must be valid UTF-8 text'] } })
      assert.equal(await count('articles'), 0)
    })

    test('a lone surrogate (JSON "\\ud800") is refused too', async ({ client, assert }) => {
      const { authorization } = await signedInMember()
      const response = await client
        .post('/api/v1/articles')
        .header('authorization', authorization)
        .unsafeJson('{"article": {"title": "t", "description": "d", "body": "half \\ud83d"}}')

      response.assertStatus(422)
      assert.deepEqual(response.body().errors, { body: ['must be valid UTF-8 text'] })
    })

    test('a NUL in a query string is a 422 naming it; in a path it names nothing that exists', async ({
      client,
      assert,
    }) => {
      const search = await client.get('/api/v1/articles?tag=a%00b')
      search.assertStatus(422)
      search.assertAgainstApiSpec()
      assert.deepEqual(search.body().errors, { tag: ['must not contain NUL characters'] })

      const path = await client.get('/api/v1/articles/a%00b')
      path.assertStatus(404)
      path.assertAgainstApiSpec()
    })

    test('the editor form with a NUL answers 422 naming the field and saves nothing', async ({
      client,
      assert,
    }) => {
      const author = await UserFactory.create()
      const response = await client
        .post(urlFor('articles.store'))
        .form({ title: 'Has a NUL', description: 'd', body: 'a\u0000b', published: 'true' })
        .loginAs(author)
        .withCsrfToken()
        .redirects(0)

      response.assertStatus(422)
      response.assertTextIncludes('The body field must not contain NUL characters')
      assert.equal(await count('articles'), 0)
    })
  }
)

test.group('Invalid values are refused, not ignored (issue 11, item 6)', (group) => {
  isolateDatabase(group)

  test('PUT /articles/:slug with {label} is a 422 and changes nothing')
    .with([
      { field: 'description', value: '', label: 'description: ""' },
      { field: 'body', value: '', label: 'body: ""' },
      { field: 'body', value: ' \n ', label: 'body: " \\n "' },
      { field: 'title', value: '   ', label: 'title: "   "' },
      { field: 'title', value: null, label: 'title: null' },
      { field: 'published', value: null, label: 'published: null' },
      { field: 'published', value: '', label: 'published: ""' },
      { field: 'tagList', value: null, label: 'tagList: null' },
      { field: 'tagList', value: '', label: 'tagList: ""' },
    ])
    .run(async ({ client, assert }, { field, value }) => {
      const { user, authorization } = await signedInMember()
      const article = await articleBy(user, { title: 'Unchanged', body: 'Body' })
      const response = await client
        .put(`/api/v1/articles/${article.slug}`)
        .header('authorization', authorization)
        .json({ article: { [field]: value } })

      response.assertStatus(422)
      response.assertAgainstApiSpec()
      assert.property(response.body().errors, field)
      await article.refresh()
      assert.equal(article.title, 'Unchanged')
      assert.equal(article.body, 'Body')
      assert.isTrue(article.published)
    })

  test('POST /articles with "published": "" or "tagList": "" is a 422', async ({
    client,
    assert,
  }) => {
    const { authorization } = await signedInMember()
    for (const extra of [{ published: '' }, { tagList: '' }, { tagList: [''] }]) {
      const response = await client
        .post('/api/v1/articles')
        .header('authorization', authorization)
        .json({ article: { title: 't', description: 'd', body: 'b', ...extra } })
      response.assertStatus(422)
      response.assertAgainstApiSpec()
      assert.properties(response.body().errors, Object.keys(extra))
    }
    assert.equal(await count('articles'), 0)
  })

  test('PUT /user refuses a null e-mail, username or password; an empty bio clears it', async ({
    client,
    assert,
  }) => {
    const { user, authorization } = await signedInMember()
    for (const field of ['email', 'username', 'password']) {
      const response = await client
        .put('/api/v1/user')
        .header('authorization', authorization)
        .json({ user: { [field]: null } })
      response.assertStatus(422)
      assert.property(response.body().errors, field)
    }
    const cleared = await client
      .put('/api/v1/user')
      .header('authorization', authorization)
      .json({ user: { bio: '', image: '' } })
    cleared.assertStatus(200)
    cleared.assertAgainstApiSpec()
    await user.refresh()
    assert.isNull(user.bio)
    assert.isNull(user.image)
  })
})
