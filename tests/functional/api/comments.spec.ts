import { test } from '@japa/runner'
import { appUrl } from '#config/app'
import Comment from '#models/comment'
import CreateFollow from '#actions/follows/create_follow'
import { CommentFactory } from '#database/factories/article_factory'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { ISO_UTC_MS, articleBy, signedInMember } from '#tests/support/api'

test.group('API v1: comments', (group) => {
  isolateDatabase(group)

  test('lists the visible comments, oldest first, with following per viewer', async ({
    client,
    assert,
  }) => {
    const article = await articleBy(await UserFactory.create())
    const commenter = await UserFactory.merge({ username: 'commenter' }).create()
    const first = await CommentFactory.merge({
      articleId: article.id,
      authorId: commenter.id,
      body: 'First!',
    }).create()
    await CommentFactory.merge({
      articleId: article.id,
      authorId: commenter.id,
      body: 'Second',
    }).create()
    await CommentFactory.apply('hidden')
      .merge({ articleId: article.id, authorId: commenter.id, body: 'Spam' })
      .create()
    const { user: reader, authorization } = await signedInMember()
    await new CreateFollow().handle(reader, commenter)

    const response = await client
      .get(`/api/v1/articles/${article.slug}/comments`)
      .header('authorization', authorization)

    response.assertStatus(200)
    response.assertAgainstApiSpec()
    const { comments } = response.body()
    assert.deepEqual(
      comments.map((comment: { body: string }) => comment.body),
      ['First!', 'Second']
    )
    assert.equal(comments[0].id, first.id)
    assert.match(comments[0].createdAt, ISO_UTC_MS)
    assert.deepEqual(comments[0].author, {
      username: 'commenter',
      bio: commenter.bio,
      image: `${appUrl}/avatars/commenter.svg`,
      following: true,
    })

    const asGuest = await client.get(`/api/v1/articles/${article.slug}/comments`)
    asGuest.assertStatus(200)
    asGuest.assertAgainstApiSpec()
    assert.isFalse(asGuest.body().comments[0].author.following)
  })

  test('gives each commenter a picture as an absolute URL, as a profile does', async ({
    client,
    assert,
  }) => {
    const article = await articleBy(await UserFactory.create())
    const pictures = {
      uploaded: '/uploads/avatars/3f2a_96x96_96.webp',
      linked: 'https://images.example.com/me.png',
      generated: null,
    }
    for (const [username, image] of Object.entries(pictures)) {
      const user = await UserFactory.merge({ username, image }).create()
      await CommentFactory.merge({ articleId: article.id, authorId: user.id }).create()
    }

    const response = await client.get(`/api/v1/articles/${article.slug}/comments`)
    response.assertStatus(200)
    response.assertAgainstApiSpec()
    const imageOf = Object.fromEntries(
      response
        .body()
        .comments.map((c: { author: { username: string; image: string } }) => [
          c.author.username,
          c.author.image,
        ])
    )
    assert.deepEqual(imageOf, {
      uploaded: `${appUrl}/uploads/avatars/3f2a_96x96_96.webp`,
      linked: 'https://images.example.com/me.png',
      generated: `${appUrl}/avatars/generated.svg`,
    })
    for (const username of Object.keys(pictures)) {
      const profile = await client.get(`/api/v1/profiles/${username}`)
      assert.equal(profile.body().profile.image, imageOf[username])
    }
  })

  test('pages comments with limit and offset', async ({ client, assert }) => {
    const article = await articleBy(await UserFactory.create())
    const author = await UserFactory.create()
    for (const body of ['one', 'two', 'three']) {
      await CommentFactory.merge({ articleId: article.id, authorId: author.id, body }).create()
    }
    const response = await client
      .get(`/api/v1/articles/${article.slug}/comments`)
      .qs({ limit: 2, offset: 1 })
    response.assertStatus(200)
    response.assertAgainstApiSpec()
    assert.deepEqual(
      response.body().comments.map((comment: { body: string }) => comment.body),
      ['two', 'three']
    )

    const invalid = await client.get(`/api/v1/articles/${article.slug}/comments`).qs({ limit: 0 })
    invalid.assertStatus(422)
    invalid.assertAgainstApiSpec()
  })

  test("comments of an unknown article, or of someone else's draft, are a 404", async ({
    client,
  }) => {
    const unknown = await client.get('/api/v1/articles/nope/comments')
    unknown.assertStatus(404)
    unknown.assertAgainstApiSpec()

    const draft = await articleBy(await UserFactory.create(), { published: false })
    const hidden = await client.get(`/api/v1/articles/${draft.slug}/comments`)
    hidden.assertStatus(404)
    hidden.assertAgainstApiSpec()
  })

  test('adds a comment with 201', async ({ client, assert }) => {
    const article = await articleBy(await UserFactory.create())
    const { user, authorization } = await signedInMember()

    const response = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .header('authorization', authorization)
      .json({ comment: { body: 'Thank you so much!', status: 'hidden', authorId: 1 } })

    response.assertStatus(201)
    response.assertAgainstApiSpec()
    const { comment } = response.body()
    assert.equal(comment.body, 'Thank you so much!')
    assert.equal(comment.author.username, user.username)
    const saved = await Comment.findOrFail(comment.id)
    assert.equal(saved.authorId, user.id)
    assert.equal(saved.status, 'visible')
  })

  test('commenting answers 422, 404 and 401 where due', async ({ client }) => {
    const article = await articleBy(await UserFactory.create())
    const { authorization } = await signedInMember()

    const empty = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .header('authorization', authorization)
      .json({ comment: { body: '   ' } })
    empty.assertStatus(422)
    empty.assertAgainstApiSpec()
    empty.assertBodyContains({ errors: { body: [] } })

    const tooLong = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .header('authorization', authorization)
      .json({ comment: { body: 'x'.repeat(5001) } })
    tooLong.assertStatus(422)

    const unknown = await client
      .post('/api/v1/articles/nope/comments')
      .header('authorization', authorization)
      .json({ comment: { body: 'Hello' } })
    unknown.assertStatus(404)
    unknown.assertAgainstApiSpec()

    const anonymous = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .json({ comment: { body: 'Hi' } })
    anonymous.assertStatus(401)
    anonymous.assertAgainstApiSpec()
  })

  test('the comment author deletes it with 204', async ({ client, assert }) => {
    const article = await articleBy(await UserFactory.create())
    const { user, authorization } = await signedInMember()
    const comment = await CommentFactory.merge({
      articleId: article.id,
      authorId: user.id,
    }).create()

    const response = await client
      .delete(`/api/v1/articles/${article.slug}/comments/${comment.id}`)
      .header('authorization', authorization)
    response.assertStatus(204)
    response.assertAgainstApiSpec()
    assert.isNull(await Comment.find(comment.id))
  })

  test("deleting someone else's comment is a 403, also for the article's author; moderators may", async ({
    client,
    assert,
  }) => {
    const { user: articleAuthor, authorization: articleAuthorToken } = await signedInMember()
    const article = await articleBy(articleAuthor)
    const commenter = await UserFactory.create()
    const comment = await CommentFactory.merge({
      articleId: article.id,
      authorId: commenter.id,
    }).create()
    const { authorization: member } = await signedInMember()
    const { authorization: moderator } = await signedInMember('moderator')
    const url = `/api/v1/articles/${article.slug}/comments/${comment.id}`

    for (const authorization of [member, articleAuthorToken]) {
      const forbidden = await client.delete(url).header('authorization', authorization)
      forbidden.assertStatus(403)
      forbidden.assertAgainstApiSpec()
    }
    assert.isNotNull(await Comment.find(comment.id))

    const removed = await client.delete(url).header('authorization', moderator)
    removed.assertStatus(204)
    removed.assertAgainstApiSpec()
  })

  test('deleting answers 404 for an unknown comment, a comment of another article or a bad id; 401 without a token', async ({
    client,
  }) => {
    const article = await articleBy(await UserFactory.create())
    const other = await articleBy(await UserFactory.create())
    const { user, authorization } = await signedInMember()
    const elsewhere = await CommentFactory.merge({
      articleId: other.id,
      authorId: user.id,
    }).create()

    for (const id of ['999999', String(elsewhere.id), 'abc']) {
      const response = await client
        .delete(`/api/v1/articles/${article.slug}/comments/${id}`)
        .header('authorization', authorization)
      response.assertStatus(404)
      if (id !== 'abc') response.assertAgainstApiSpec()
    }

    const anonymous = await client.delete(`/api/v1/articles/${other.slug}/comments/${elsewhere.id}`)
    anonymous.assertStatus(401)
    anonymous.assertAgainstApiSpec()
  })
})

test.group('API v1: comment replies (parentId extension)', (group) => {
  isolateDatabase(group)

  test('a reply carries parentId; a reply to a reply joins the same thread', async ({
    client,
    assert,
  }) => {
    const article = await articleBy(await UserFactory.create())
    const { authorization } = await signedInMember()
    const url = `/api/v1/articles/${article.slug}/comments`

    const first = await client
      .post(url)
      .header('authorization', authorization)
      .json({ comment: { body: 'A question' } })
    first.assertStatus(201)
    first.assertAgainstApiSpec()
    assert.isNull(first.body().comment.parentId)

    const reply = await client
      .post(url)
      .header('authorization', authorization)
      .json({ comment: { body: 'An answer', parentId: first.body().comment.id } })
    reply.assertStatus(201)
    reply.assertAgainstApiSpec()
    assert.equal(reply.body().comment.parentId, first.body().comment.id)

    const nested = await client
      .post(url)
      .header('authorization', authorization)
      .json({ comment: { body: 'A follow-up', parentId: reply.body().comment.id } })
    nested.assertStatus(201)
    assert.equal(nested.body().comment.parentId, first.body().comment.id)

    const list = await client.get(url)
    list.assertStatus(200)
    list.assertAgainstApiSpec()
    assert.deepEqual(
      list
        .body()
        .comments.map((comment: { body: string; parentId: number | null }) => [
          comment.body,
          comment.parentId,
        ]),
      [
        ['A question', null],
        ['An answer', first.body().comment.id],
        ['A follow-up', first.body().comment.id],
      ]
    )

    // A comment reads back exactly as it was answered when posted (the list is
    // written by PostgreSQL, the answer to a post by the transformer).
    const asPoster = await client.get(url).header('authorization', authorization)
    assert.deepEqual(asPoster.body().comments, [
      first.body().comment,
      reply.body().comment,
      nested.body().comment,
    ])
  })

  test('an unknown, hidden or foreign parentId is a 422 on parentId, and nothing is stored', async ({
    client,
    assert,
  }) => {
    const article = await articleBy(await UserFactory.create())
    const other = await articleBy(await UserFactory.create())
    const { user, authorization } = await signedInMember()
    const elsewhere = await CommentFactory.merge({
      articleId: other.id,
      authorId: user.id,
    }).create()
    const hidden = await CommentFactory.apply('hidden')
      .merge({ articleId: article.id, authorId: (await UserFactory.create()).id })
      .create()

    for (const parentId of [elsewhere.id, hidden.id, 2_000_000_000, 'abc', -1]) {
      const response = await client
        .post(`/api/v1/articles/${article.slug}/comments`)
        .header('authorization', authorization)
        .json({ comment: { body: 'Orphan', parentId } })
      response.assertStatus(422)
      response.assertAgainstApiSpec()
      assert.property(response.body().errors, 'parentId', String(parentId))
    }
    assert.isNull(await Comment.findBy('body', 'Orphan'))

    const nullParent = await client
      .post(`/api/v1/articles/${article.slug}/comments`)
      .header('authorization', authorization)
      .json({ comment: { body: 'Top level', parentId: null } })
    nullParent.assertStatus(201)
    assert.isNull(nullParent.body().comment.parentId)
  })
})
