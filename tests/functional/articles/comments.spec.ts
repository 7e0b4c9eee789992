import { test } from '@japa/runner'
import Comment from '#models/comment'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Comments', (group) => {
  isolateDatabase(group)

  test('posts a comment and shows it under the article', async ({ client, assert }) => {
    const article = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()

    const response = await client
      .post(urlFor('articles.comments.store', { slug: article.slug }))
      .form({ body: '  Thanks for this!  ' })
      .loginAs(reader)
      .withCsrfToken()
      .redirects(0)

    const comment = await Comment.findByOrFail('article_id', article.id)
    // Kept as typed: a comment is writing, not a single-line field.
    assert.equal(comment.body, '  Thanks for this!  ')
    assert.equal(comment.authorId, reader.id)
    assert.equal(comment.status, 'visible')
    response.assertStatus(302)
    response.assertHeader(
      'location',
      `${urlFor('articles.show', { slug: article.slug })}#comment-${comment.id}`
    )
    response.assertFlashMessage('success', 'Your comment is posted.')

    const page = await client.get(urlFor('articles.show', { slug: article.slug }))
    page.assertTextIncludes('Thanks for this!')
    page.assertTextIncludes(`id="comment-${comment.id}"`)
  })

  test('refuses an empty or too long comment, next to the field', async ({ client, assert }) => {
    const article = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()
    for (const body of ['   ', 'x'.repeat(5001)]) {
      const response = await client
        .post(urlFor('articles.comments.store', { slug: article.slug }))
        .form({ body })
        .loginAs(reader)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      assert.property(response.flashMessages().inputErrorsBag, 'body')
    }
    assert.isNull(await Comment.findBy('article_id', article.id))
  })

  test('sends a signed-out visitor to the login page', async ({ client, assert }) => {
    const article = await ArticleFactory.with('author').create()
    const response = await client
      .post(urlFor('articles.comments.store', { slug: article.slug }))
      .form({ body: 'Hello' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location')?.split('?')[0], urlFor('auth.login'))
    assert.isNull(await Comment.findBy('article_id', article.id))
  })

  test("answers 404 for a comment on someone else's draft or an unknown article", async ({
    client,
  }) => {
    const draft = await ArticleFactory.with('author').apply('draft').create()
    const reader = await UserFactory.create()
    for (const slug of [draft.slug, 'no-such-article']) {
      const response = await client
        .post(urlFor('articles.comments.store', { slug }))
        .form({ body: 'Hello' })
        .loginAs(reader)
        .withCsrfToken()
      response.assertStatus(404)
    }
  })

  test('lets the comment author delete it', async ({ client, assert }) => {
    const article = await ArticleFactory.with('author').create()
    const comment = await CommentFactory.merge({ articleId: article.id }).with('author').create()

    const response = await client
      .delete(urlFor('articles.comments.destroy', { slug: article.slug, id: comment.id }))
      .loginAs(comment.author)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', `${urlFor('articles.show', { slug: article.slug })}#comments`)
    response.assertFlashMessage('success', 'The comment has been deleted.')
    assert.isNull(await Comment.find(comment.id))
  })

  test('lets a moderator delete any comment', async ({ client, assert }) => {
    const article = await ArticleFactory.with('author').create()
    const comment = await CommentFactory.merge({ articleId: article.id })
      .with('author')
      .apply('hidden')
      .create()
    const moderator = await UserFactory.apply('moderator').create()

    const response = await client
      .delete(urlFor('articles.comments.destroy', { slug: article.slug, id: comment.id }))
      .loginAs(moderator)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.isNull(await Comment.find(comment.id))
  })

  test("answers 403 to another member, even the article's author, and keeps the comment", async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const comment = await CommentFactory.merge({ articleId: article.id }).with('author').create()
    await article.load('author')

    for (const user of [await UserFactory.create(), article.author]) {
      const response = await client
        .delete(urlFor('articles.comments.destroy', { slug: article.slug, id: comment.id }))
        .loginAs(user)
        .withCsrfToken()
      response.assertStatus(403)
    }
    assert.exists(await Comment.find(comment.id))
  })

  test('offers the delete button only to the comment author and moderators', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const comment = await CommentFactory.merge({ articleId: article.id }).with('author').create()
    const deleteAction = `${urlFor('articles.comments.destroy', { slug: article.slug, id: comment.id })}?_method=DELETE`

    assert.include(
      (
        await client.get(urlFor('articles.show', { slug: article.slug })).loginAs(comment.author)
      ).text(),
      deleteAction
    )
    const moderator = await UserFactory.apply('moderator').create()
    assert.include(
      (await client.get(urlFor('articles.show', { slug: article.slug })).loginAs(moderator)).text(),
      deleteAction
    )
    const member = await UserFactory.create()
    assert.notInclude(
      (await client.get(urlFor('articles.show', { slug: article.slug })).loginAs(member)).text(),
      deleteAction
    )
    assert.notInclude(
      (await client.get(urlFor('articles.show', { slug: article.slug }))).text(),
      deleteAction
    )
  })

  test('answers 404 for a hidden, unknown, non-numeric or other-article comment id', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const other = await ArticleFactory.with('author').create()
    const elsewhere = await CommentFactory.merge({ articleId: other.id }).with('author').create()
    const hidden = await CommentFactory.merge({ articleId: article.id })
      .with('author')
      .apply('hidden')
      .create()
    const member = await UserFactory.create()

    for (const id of [String(elsewhere.id), String(hidden.id), '999999', 'abc', '1.5']) {
      const response = await client
        .delete(urlFor('articles.comments.destroy', { slug: article.slug, id }))
        .loginAs(member)
        .withCsrfToken()
      response.assertStatus(404)
    }
    assert.exists(await Comment.find(elsewhere.id))
  })

  test('sends a signed-out delete to the login page', async ({ client, assert }) => {
    const article = await ArticleFactory.with('author').create()
    const comment = await CommentFactory.merge({ articleId: article.id }).with('author').create()
    const response = await client
      .delete(urlFor('articles.comments.destroy', { slug: article.slug, id: comment.id }))
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location')?.split('?')[0], urlFor('auth.login'))
    assert.exists(await Comment.find(comment.id))
  })
})
