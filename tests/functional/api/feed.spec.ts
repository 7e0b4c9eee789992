import { test } from '@japa/runner'
import CreateFollow from '#actions/follows/create_follow'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { articleBy, signedInMember } from '#tests/support/api'

test.group('API v1: the feed of followed authors', (group) => {
  isolateDatabase(group)

  test('lists published articles by followed authors only, newest first', async ({
    client,
    assert,
  }) => {
    const { user: reader, authorization } = await signedInMember()
    const followed = await UserFactory.create()
    const alsoFollowed = await UserFactory.create()
    const stranger = await UserFactory.create()
    await new CreateFollow().handle(reader, followed)
    await new CreateFollow().handle(reader, alsoFollowed)
    await articleBy(followed, { title: 'Older followed', minutesAgo: 10 })
    await articleBy(alsoFollowed, { title: 'Newer followed', minutesAgo: 1 })
    await articleBy(followed, { title: 'Followed draft', published: false })
    await articleBy(stranger, { title: 'Stranger' })
    await articleBy(reader, { title: 'My own' })

    const response = await client
      .get('/api/v1/articles/feed')
      .header('authorization', authorization)

    response.assertStatus(200)
    response.assertAgainstApiSpec()
    const { articles, articlesCount } = response.body()
    assert.deepEqual(
      articles.map((article: { title: string }) => article.title),
      ['Newer followed', 'Older followed']
    )
    assert.equal(articlesCount, 2)
    assert.isTrue(
      articles.every((article: { author: { following: boolean } }) => article.author.following)
    )
    assert.notProperty(articles[0], 'body')
  })

  test('is empty for someone who follows nobody', async ({ client }) => {
    await articleBy(await UserFactory.create())
    const { authorization } = await signedInMember()
    const response = await client
      .get('/api/v1/articles/feed')
      .header('authorization', authorization)
    response.assertStatus(200)
    response.assertAgainstApiSpec()
    response.assertBody({ articles: [], articlesCount: 0 })
  })

  test('pages with limit and offset, at and beyond the end', async ({ client, assert }) => {
    const { user: reader, authorization } = await signedInMember()
    const author = await UserFactory.create()
    await new CreateFollow().handle(reader, author)
    for (let minutes = 1; minutes <= 3; minutes++) {
      await articleBy(author, { title: `Feed ${minutes}`, minutesAgo: minutes })
    }

    const page = await client
      .get('/api/v1/articles/feed')
      .qs({ limit: 2, offset: 1 })
      .header('authorization', authorization)
    page.assertStatus(200)
    page.assertAgainstApiSpec()
    assert.deepEqual(
      page.body().articles.map((article: { title: string }) => article.title),
      ['Feed 2', 'Feed 3']
    )
    assert.equal(page.body().articlesCount, 3)

    const beyond = await client
      .get('/api/v1/articles/feed')
      .qs({ offset: 3 })
      .header('authorization', authorization)
    beyond.assertBody({ articles: [], articlesCount: 3 })

    const invalid = await client
      .get('/api/v1/articles/feed')
      .qs({ limit: 500 })
      .header('authorization', authorization)
    invalid.assertStatus(422)
    invalid.assertAgainstApiSpec()
  })

  test('requires a token', async ({ client }) => {
    const response = await client.get('/api/v1/articles/feed')
    response.assertStatus(401)
    response.assertAgainstApiSpec()
  })
})
