import { test } from '@japa/runner'
import CreateFavorite from '#actions/favorites/create_favorite'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { articleBy, signedInMember } from '#tests/support/api'

test.group('API v1: favorites', (group) => {
  isolateDatabase(group)

  test('favoriting answers the article with favorited and the new count; twice changes nothing', async ({
    client,
    assert,
  }) => {
    const article = await articleBy(await UserFactory.create())
    await new CreateFavorite().handle(await UserFactory.create(), article)
    const { authorization } = await signedInMember()

    const first = await client
      .post(`/api/v1/articles/${article.slug}/favorite`)
      .header('authorization', authorization)
    first.assertStatus(200)
    first.assertAgainstApiSpec()
    assert.isTrue(first.body().article.favorited)
    assert.equal(first.body().article.favoritesCount, 2)
    assert.property(first.body().article, 'body')

    const again = await client
      .post(`/api/v1/articles/${article.slug}/favorite`)
      .header('authorization', authorization)
    again.assertStatus(200)
    assert.equal(again.body().article.favoritesCount, 2)
  })

  test('unfavoriting answers the article with favorited false; twice changes nothing', async ({
    client,
    assert,
  }) => {
    const article = await articleBy(await UserFactory.create())
    const { user, authorization } = await signedInMember()
    await new CreateFavorite().handle(user, article)

    const first = await client
      .delete(`/api/v1/articles/${article.slug}/favorite`)
      .header('authorization', authorization)
    first.assertStatus(200)
    first.assertAgainstApiSpec()
    assert.isFalse(first.body().article.favorited)
    assert.equal(first.body().article.favoritesCount, 0)

    const again = await client
      .delete(`/api/v1/articles/${article.slug}/favorite`)
      .header('authorization', authorization)
    again.assertStatus(200)
    assert.equal(again.body().article.favoritesCount, 0)
  })

  test('accepts an empty body with or without a JSON content type, and ignores any body', async ({
    client,
    assert,
  }) => {
    const article = await articleBy(await UserFactory.create())
    const { authorization } = await signedInMember()
    const url = `/api/v1/articles/${article.slug}/favorite`

    const bare = await client.post(url).header('authorization', authorization)
    bare.assertStatus(200)
    bare.assertAgainstApiSpec()

    const typedEmpty = await client
      .delete(url)
      .header('authorization', authorization)
      .header('content-type', 'application/json')
    typedEmpty.assertStatus(200)
    typedEmpty.assertAgainstApiSpec()

    const withBody = await client
      .post(url)
      .header('authorization', authorization)
      .json({ favoritesCount: 1000 })
    withBody.assertStatus(200)
    assert.equal(withBody.body().article.favoritesCount, 1)
  })

  test('each viewer sees their own favorited flag', async ({ client, assert }) => {
    const article = await articleBy(await UserFactory.create())
    const { authorization: fan } = await signedInMember()
    const { authorization: other } = await signedInMember()
    await client.post(`/api/v1/articles/${article.slug}/favorite`).header('authorization', fan)

    const asFan = await client.get(`/api/v1/articles/${article.slug}`).header('authorization', fan)
    const asOther = await client
      .get(`/api/v1/articles/${article.slug}`)
      .header('authorization', other)
    assert.isTrue(asFan.body().article.favorited)
    assert.isFalse(asOther.body().article.favorited)
    assert.equal(asOther.body().article.favoritesCount, 1)
  })

  test("an unknown article or someone else's draft is a 404; no token is a 401", async ({
    client,
  }) => {
    const { authorization } = await signedInMember()
    const unknown = await client
      .post('/api/v1/articles/nope/favorite')
      .header('authorization', authorization)
    unknown.assertStatus(404)
    unknown.assertAgainstApiSpec()

    const draft = await articleBy(await UserFactory.create(), { published: false })
    const hidden = await client
      .delete(`/api/v1/articles/${draft.slug}/favorite`)
      .header('authorization', authorization)
    hidden.assertStatus(404)
    hidden.assertAgainstApiSpec()

    const anonymous = await client.post(`/api/v1/articles/${draft.slug}/favorite`)
    anonymous.assertStatus(401)
    anonymous.assertAgainstApiSpec()
  })
})
