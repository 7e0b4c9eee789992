import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/support/database'
import { tokenHeader } from '#tests/support/api'
import { createWorld, urlFor } from '#tests/support/routes'

/** SQL and full-text metacharacters, encodings and edge values (and two byte sequences that are not UTF-8 at all). */
const HOSTILE: { label: string; value: string; encoded: string }[] = [
  ...[
    `'`,
    `"`,
    `\\`,
    `' OR '1'='1`,
    `' OR 1=1 --`,
    `1; DROP TABLE users; --`,
    `') UNION SELECT password FROM users --`,
    `%`,
    `_`,
    `%_%`,
    `$$`,
    `$1`,
    `?`,
    `:name`,
    `&|!():*<->`,
    `!!!`,
    `a & | b`,
    `"unterminated`,
    `-`,
    `*`,
    `\u0000`,
    `a\u0000b`,
    `𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂`,
    ` `,
    `x`.repeat(5000),
    `-1`,
    `0`,
    `99999999999999999999999`,
    `1e309`,
    `NaN`,
    `[]`,
    `{}`,
  ].map((value) => ({
    label:
      value.length > 40 ? `${value.slice(0, 12)}… (${value.length} chars)` : JSON.stringify(value),
    value,
    encoded: encodeURIComponent(value),
  })),
  { label: 'invalid UTF-8 %FF%FE', value: '\uFFFD', encoded: '%FF%FE' },
  { label: 'a lone surrogate %ED%A0%80', value: '\uFFFD', encoded: '%ED%A0%80' },
]

/** Where user text reaches a query: searches, filters, page numbers, path parameters. */
function urlsFor(v: string) {
  return [
    `/search?q=${v}`,
    `/search?q=${v}&page=${v}`,
    `/?page=${v}`,
    `/tags/${v}`,
    `/tags/${v}?page=${v}`,
    `/profiles/${v}`,
    `/profiles/${v}/favorites`,
    `/articles/${v}`,
    `/api/v1/articles?q=${v}`,
    `/api/v1/articles?tag=${v}`,
    `/api/v1/articles?author=${v}`,
    `/api/v1/articles?favorited=${v}`,
    `/api/v1/articles?limit=${v}`,
    `/api/v1/articles?offset=${v}`,
    `/api/v1/articles/${v}`,
    `/api/v1/articles/${v}/comments`,
    `/api/v1/profiles/${v}`,
    `/admin/users?q=${v}`,
    `/admin/users?q=${v}&page=${v}`,
    `/admin/comments?status=${v}&page=${v}`,
    `/admin/articles?q=${v}&page=${v}`,
  ]
}

/** Error text that would tell an attacker about the database. */
const DATABASE_DETAILS =
  /syntax error at or near|invalid input syntax|invalid byte sequence|DatabaseError|KnexTimeoutError/

test.group('Security: hostile input never causes a server error', (group) => {
  isolateDatabase(group)

  test('{label} in searches, filters and paths gives 200, 3xx or 4xx, never 5xx')
    .with(HOSTILE)
    .run(async ({ client, assert }, { value, encoded }) => {
      const world = await createWorld()
      const token = await tokenHeader(world.author)
      const problems: string[] = []
      for (const url of urlsFor(encoded)) {
        let request = client.get(url).redirects(0).loginAs(world.admin)
        if (url.startsWith('/api/')) request = request.header('authorization', token)
        const response = await request
        if (response.status() >= 500) problems.push(`GET ${url} → ${response.status()}`)
        else if (DATABASE_DETAILS.test(response.text()))
          problems.push(`GET ${url} leaks database details`)
      }

      // And as written data: a comment and an article holding it.
      const comment = await client
        .post(`/api/v1/articles/${world.article.slug}/comments`)
        .header('authorization', token)
        .json({ comment: { body: value } })
      if (comment.status() >= 500) problems.push(`POST comment → ${comment.status()}`)
      const article = await client
        .post('/api/v1/articles')
        .header('authorization', token)
        .json({ article: { title: value, description: value, body: value, tagList: [value] } })
      if (article.status() >= 500) problems.push(`POST article → ${article.status()}`)
      const form = await client
        .post(urlFor('articles.comments.store', { slug: world.article.slug }))
        .form({ body: value })
        .loginAs(world.author)
        .withCsrfToken()
        .redirects(0)
      if (form.status() >= 500) problems.push(`POST comment form → ${form.status()}`)

      assert.deepEqual(problems, [])
    })

  test('an oversized form or JSON body is refused with 413', async ({ client, assert }) => {
    const world = await createWorld()
    const huge = 'x'.repeat(2 * 1024 * 1024)

    const form = await client
      .post(urlFor('auth.login.store'))
      .form({ email: 'someone@example.com', password: huge })
      .redirects(0)
    assert.equal(form.status(), 413)

    const json = await client
      .post('/api/v1/users/login')
      .json({ user: { email: 'someone@example.com', password: huge } })
    assert.equal(json.status(), 413)
    assert.property(json.body(), 'errors')

    const token = await tokenHeader(world.author)
    const article = await client
      .post('/api/v1/articles')
      .header('authorization', token)
      .json({ article: { title: 't', description: 'd', body: huge } })
    assert.equal(article.status(), 413)
  })
})
