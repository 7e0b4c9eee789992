import { test } from '@japa/runner'
import CreateComment from '#actions/comments/create_comment'
import CreateFavorite from '#actions/favorites/create_favorite'
import CreateFollow from '#actions/follows/create_follow'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { TOKEN_CHECK_STATEMENTS, articleBy, signedInMember } from '#tests/support/api'
import { recordQueries } from '#tests/support/query_log'

/**
 * What each hot API request may send to PostgreSQL: a read is one statement
 * (its JSON is built there), plus the token check when a token comes along.
 * Each request is measured on a page full of relations (tags, favorites,
 * follows, comments), so a per-row query would show.
 */
test.group('API v1: SQL statements per request', (group) => {
  isolateDatabase(group)

  async function statementsOf(request: () => Promise<{ status(): number }>) {
    let status = 0
    const statements = await recordQueries(async () => {
      status = (await request()).status()
    })
    return { status, count: statements.length }
  }

  async function busyArticle() {
    const { user: reader, authorization } = await signedInMember()
    const author = await UserFactory.create()
    await new CreateFollow().handle(reader, author)
    let article = await articleBy(author, { tags: ['budget', 'sql', 'json'] })
    for (let index = 0; index < 3; index++) {
      article = await articleBy(author, { title: `Budget ${index}`, tags: ['budget', `t${index}`] })
      await new CreateFavorite().handle(reader, article)
      await new CreateComment().handle(reader, article, `Comment ${index}`)
      await new CreateComment().handle(author, article, `Answer ${index}`)
    }
    return { article, authorization }
  }

  test('an article list: one statement, plus the token check', async ({ client, assert }) => {
    const { authorization } = await busyArticle()
    const guest = await statementsOf(() => client.get('/api/v1/articles'))
    assert.deepEqual(guest, { status: 200, count: 1 })
    // A tag is looked up first, so the list is planned knowing how common the tag is.
    const filtered = await statementsOf(() => client.get('/api/v1/articles').qs({ tag: 'budget' }))
    assert.deepEqual(filtered, { status: 200, count: 2 })
    const reader = await statementsOf(() =>
      client.get('/api/v1/articles').header('authorization', authorization)
    )
    assert.deepEqual(reader, { status: 200, count: 1 + TOKEN_CHECK_STATEMENTS })
    const feed = await statementsOf(() =>
      client.get('/api/v1/articles/feed').header('authorization', authorization)
    )
    assert.deepEqual(feed, { status: 200, count: 1 + TOKEN_CHECK_STATEMENTS })
  })

  test('one article and its comments: one statement each', async ({ client, assert }) => {
    const { article } = await busyArticle()
    const one = await statementsOf(() => client.get(`/api/v1/articles/${article.slug}`))
    assert.deepEqual(one, { status: 200, count: 1 })
    const comments = await statementsOf(() =>
      client.get(`/api/v1/articles/${article.slug}/comments`)
    )
    assert.deepEqual(comments, { status: 200, count: 1 })
    const missing = await statementsOf(() => client.get('/api/v1/articles/no-such-article'))
    assert.deepEqual(missing, { status: 404, count: 1 })
  })

  test('posting a comment: at most three statements, the token check included', async ({
    client,
    assert,
  }) => {
    const { article, authorization } = await busyArticle()
    const posted = await statementsOf(() =>
      client
        .post(`/api/v1/articles/${article.slug}/comments`)
        .header('authorization', authorization)
        .json({ comment: { body: 'Counted.' } })
    )
    assert.equal(posted.status, 201)
    // The budget is three; finding the article and inserting is one statement.
    assert.equal(posted.count, TOKEN_CHECK_STATEMENTS + 1)
  })
})
