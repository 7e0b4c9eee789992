import { test } from '@japa/runner'
import Article from '#models/article'
import Comment from '#models/comment'
import { isolateDatabase } from '#tests/helpers'
import { articleBy, signedInMember } from './helpers.js'

/*
| `?_method=` lets HTML forms send PUT and DELETE. Under /api a POST stays a
| POST: a client (or a page that makes one POST on the user's behalf) must
| never delete or change anything by adding it to a URL.
*/
test.group('API v1: method spoofing', (group) => {
  isolateDatabase(group)

  test('POST with ?_method=DELETE does not delete the article', async ({ client, assert }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user, { title: 'Still here' })

    const response = await client
      .post(`/api/v1/articles/${article.slug}`)
      .qs({ _method: 'DELETE' })
      .header('authorization', authorization)
    response.assertStatus(404)
    assert.isArray(response.body().errors.body, 'the API error shape')
    assert.exists(await Article.find(article.id), 'the article was not deleted')
  })

  test('POST with ?_method=PUT neither updates the article nor the account', async ({
    client,
    assert,
  }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user, { title: 'Original title' })

    const onArticle = await client
      .post(`/api/v1/articles/${article.slug}`)
      .qs({ _method: 'PUT' })
      .header('authorization', authorization)
      .json({ article: { title: 'Hijacked' } })
    onArticle.assertStatus(404)
    await article.refresh()
    assert.equal(article.title, 'Original title')

    const onUser = await client
      .post('/api/v1/user')
      .qs({ _method: 'PUT' })
      .header('authorization', authorization)
      .json({ user: { bio: 'Hijacked' } })
    onUser.assertStatus(404)
    await user.refresh()
    assert.notEqual(user.bio, 'Hijacked')
  })

  test('POST with ?_method=DELETE on a comment adds a comment instead of deleting one', async ({
    client,
    assert,
  }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user)
    const posted = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .header('authorization', authorization)
      .json({ comment: { body: 'First' } })
    posted.assertStatus(201)

    const spoofed = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .qs({ _method: 'DELETE' })
      .header('authorization', authorization)
      .json({ comment: { body: 'Second' } })
    spoofed.assertStatus(201)
    spoofed.assertAgainstApiSpec()
    assert.lengthOf(await Comment.query().where('article_id', article.id), 2)
  })
})
