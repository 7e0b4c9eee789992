import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/support/database'
import { tokenHeader } from '#tests/support/api'
import { createWorld, urlFor } from '#tests/support/routes'
import { UserFactory } from '#database/factories/user_factory'
import Article from '#models/article'
import Comment from '#models/comment'
import User from '#models/user'

/** Fields nobody may set about themselves or others, in every spelling a client might try. */
function privileged(otherUserId: number) {
  return {
    role: 'admin',
    is_active: 'false',
    isActive: 'false',
    id: String(otherUserId),
    user_id: String(otherUserId),
    userId: String(otherUserId),
    author_id: String(otherUserId),
    authorId: String(otherUserId),
  }
}

test.group('Security: protected fields cannot be set through forms or the API', (group) => {
  isolateDatabase(group)

  test('registration (form and API) always makes an active member with a new id', async ({
    client,
    assert,
  }) => {
    const other = await UserFactory.apply('admin').create()
    // As stored, database defaults included.
    const otherBefore = (await other.refresh()).serialize()
    await client.get(urlFor('auth.register'))
    await client
      .post(urlFor('auth.register.store'))
      .form({
        username: 'form_signup',
        email: 'form@example.com',
        password: 'a-long-password-1',
        password_confirmation: 'a-long-password-1',
        ...privileged(other.id),
      })
      .withCsrfToken()
      .redirects(0)
    const api = await client.post('/api/v1/users').json({
      user: {
        username: 'api_signup',
        email: 'api@example.com',
        password: 'a-long-password-1',
        ...privileged(other.id),
        isActive: false,
      },
    })
    api.assertStatus(201)

    for (const username of ['form_signup', 'api_signup']) {
      const created = await User.findByOrFail('username', username)
      assert.equal(created.role, 'member', username)
      assert.isTrue(created.isActive, username)
      assert.notEqual(created.id, other.id)
    }
    await other.refresh()
    assert.deepEqual(other.serialize(), otherBefore, 'the other account is untouched')
  })

  test('settings and PUT /api/v1/user change only the own, unprivileged fields', async ({
    client,
    assert,
  }) => {
    const me = await UserFactory.create()
    const other = await UserFactory.create()
    const otherBefore = (await other.refresh()).serialize()

    await client
      .put(urlFor('profiles.settings.update'))
      .form({
        username: me.username,
        email: me.email,
        bio: 'Form bio',
        image: '',
        location: '',
        ...privileged(other.id),
      })
      .loginAs(me)
      .withCsrfToken()
      .redirects(0)
    const api = await client
      .put('/api/v1/user')
      .header('authorization', await tokenHeader(me))
      .json({ user: { bio: 'API bio', ...privileged(other.id), isActive: false, role: 'admin' } })
    assert.include([200, 422], api.status())

    await me.refresh()
    await other.refresh()
    assert.equal(me.role, 'member')
    assert.isTrue(me.isActive)
    assert.oneOf(me.bio, ['Form bio', 'API bio'])
    assert.deepEqual(other.serialize(), otherBefore, 'the other account is untouched')
  })

  test('articles take their author from the session or token, never from the payload', async ({
    client,
    assert,
  }) => {
    const { author, stranger, article } = await createWorld()
    const forged = {
      ...privileged(author.id),
      views: '9999',
      favorites_count: '500',
      favoritesCount: '500',
    }

    await client
      .post(urlFor('articles.store'))
      .form({
        title: 'Form article',
        description: 'd',
        body: 'b',
        tags: '',
        published: 'true',
        ...forged,
      })
      .loginAs(stranger)
      .withCsrfToken()
      .redirects(0)
    const api = await client
      .post('/api/v1/articles')
      .header('authorization', await tokenHeader(stranger))
      .json({
        article: {
          title: 'API article',
          description: 'd',
          body: 'b',
          ...forged,
          author: { username: author.username },
        },
      })
    api.assertStatus(201)
    assert.equal(api.body().article.author.username, stranger.username)
    assert.equal(api.body().article.favoritesCount, 0)

    for (const title of ['Form article', 'API article']) {
      const created = await Article.findByOrFail('title', title)
      assert.equal(created.authorId, stranger.id, title)
      assert.equal(created.views, 0, title)
      assert.equal(created.favoritesCount, 0, title)
    }

    // Updating one's own article cannot hand it to someone else either.
    const mine = await Article.findByOrFail('title', 'API article')
    await client
      .put(`/api/v1/articles/${mine.slug}`)
      .header('authorization', await tokenHeader(stranger))
      .json({ article: { description: 'changed', ...forged } })
    await mine.refresh()
    assert.equal(mine.authorId, stranger.id)
    await article.refresh()
    assert.equal(article.authorId, author.id)
  })

  test('comments take their author from the session or token and cannot hide or un-hide themselves', async ({
    client,
    assert,
  }) => {
    const { author, stranger, article } = await createWorld()
    const forged = { ...privileged(author.id), status: 'hidden' }

    await client
      .post(urlFor('articles.comments.store', { slug: article.slug }))
      .form({ body: 'Form comment', ...forged })
      .loginAs(stranger)
      .withCsrfToken()
      .redirects(0)
    const api = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .header('authorization', await tokenHeader(stranger))
      .json({ comment: { body: 'API comment', ...forged } })
    api.assertStatus(201)

    for (const body of ['Form comment', 'API comment']) {
      const comment = await Comment.findByOrFail('body', body)
      assert.equal(comment.authorId, stranger.id, body)
      assert.equal(comment.status, 'visible', body)
      assert.equal(comment.articleId, article.id, body)
    }
  })
})
