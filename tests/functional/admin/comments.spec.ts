import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Admin: comment moderation', (group) => {
  isolateDatabase(group)

  test('lists comments newest first, with their article and author', async ({ client, assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const article = await ArticleFactory.with('author').merge({ title: 'On tea' }).create()
    const author = await UserFactory.create()
    await CommentFactory.merge({
      articleId: article.id,
      authorId: author.id,
      body: 'Older remark',
      createdAt: DateTime.now().minus({ days: 1 }),
    }).create()
    await CommentFactory.merge({
      articleId: article.id,
      authorId: author.id,
      body: 'Newer remark',
    }).create()

    const response = await client.get(urlFor('admin.comments.index')).loginAs(moderator)
    response.assertStatus(200)
    const html = response.text()
    assert.isBelow(html.indexOf('Newer remark'), html.indexOf('Older remark'))
    assert.include(html, 'On tea')
    assert.include(html, author.username)
  })

  test('filters hidden comments', async ({ client, assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const article = await ArticleFactory.with('author').create()
    await CommentFactory.merge({
      articleId: article.id,
      authorId: moderator.id,
      body: 'Fine remark',
    }).create()
    await CommentFactory.merge({
      articleId: article.id,
      authorId: moderator.id,
      body: 'Rude remark',
    })
      .apply('hidden')
      .create()

    const response = await client
      .get(urlFor('admin.comments.index'))
      .qs({ status: 'hidden' })
      .loginAs(moderator)
    response.assertTextIncludes('Rude remark')
    assert.notInclude(response.text(), 'Fine remark')
  })

  test('hides a comment and restores it, recording both', async ({ client, assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const article = await ArticleFactory.with('author').create()
    const comment = await CommentFactory.merge({
      articleId: article.id,
      authorId: moderator.id,
    }).create()

    const hide = await client
      .put(urlFor('admin.comments.visibility.update', { id: comment.id }))
      .form({ status: 'hidden' })
      .loginAs(moderator)
      .withCsrfToken()
      .redirects(0)
    hide.assertFlashMessage('success', 'The comment is now hidden.')
    await comment.refresh()
    assert.equal(comment.status, 'hidden')

    const restore = await client
      .put(urlFor('admin.comments.visibility.update', { id: comment.id }))
      .form({ status: 'visible' })
      .loginAs(moderator)
      .withCsrfToken()
      .redirects(0)
    restore.assertFlashMessage('success', 'The comment is visible again.')
    await comment.refresh()
    assert.equal(comment.status, 'visible')

    const entries = await AuditLog.query().orderBy('id')
    const actions = entries.map((entry) => [entry.action, entry.actorId, entry.targetId])
    assert.deepEqual(actions, [
      ['comment.hidden', moderator.id, comment.id],
      ['comment.restored', moderator.id, comment.id],
    ])
  })

  test('refuses an unknown visibility', async ({ client, assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const article = await ArticleFactory.with('author').create()
    const comment = await CommentFactory.merge({
      articleId: article.id,
      authorId: moderator.id,
    }).create()
    const response = await client
      .put(urlFor('admin.comments.visibility.update', { id: comment.id }))
      .form({ status: 'deleted' })
      .loginAs(moderator)
      .withCsrfToken()
      .redirects(0)
    assert.property(response.flashMessages().inputErrorsBag, 'status')
    await comment.refresh()
    assert.equal(comment.status, 'visible')
  })
})
