import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import Comment from '#models/comment'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import CreateComment from '#actions/comments/create_comment'
import DeleteComment from '#actions/comments/delete_comment'
import UpdateCommentVisibility from '#actions/comments/update_comment_visibility'
import { refusals } from '#tests/support/validation'
import { isolateDatabase } from '#tests/support/database'

const unknownParent = {
  parentId: 'The comment you are replying to does not exist or was removed',
}

function notificationsFor(userId: number) {
  return db.from('notifications').where('user_id', userId).select('kind', 'actor_id', 'comment_id')
}

test.group('Actions | create comment', (group) => {
  isolateDatabase(group)

  test('adds a visible comment and notifies the article’s writer', async ({ assert }) => {
    const article = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()

    const comment = await new CreateComment().handle(reader, article, 'First!')

    assert.equal(comment.body, 'First!')
    assert.equal(comment.status, 'visible')
    assert.isNull(comment.parentId)
    assert.equal(comment.authorId, reader.id)
    assert.deepEqual(await notificationsFor(article.authorId), [
      { kind: 'comment', actor_id: reader.id, comment_id: comment.id },
    ])
  })

  test('tells nobody of their own comment, nor a writer who turned comments off', async ({
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const quiet = await ArticleFactory.with('author', 1, (author) =>
      author.merge({ commentNotifications: 'off' })
    ).create()
    const reader = await UserFactory.create()
    const writer = await article.related('author').query().firstOrFail()

    await new CreateComment().handle(writer, article, 'Thanks for reading')
    await new CreateComment().handle(reader, quiet, 'Hello')

    assert.lengthOf(await notificationsFor(article.authorId), 0)
    assert.lengthOf(await notificationsFor(quiet.authorId), 0)
  })

  test('a reply to a reply joins the first comment’s thread', async ({ assert }) => {
    const article = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()
    const first = await new CreateComment().handle(reader, article, 'Question')
    const answer = await new CreateComment().handle(reader, article, 'Answer', {
      parentId: first.id,
    })
    const followUp = await new CreateComment().handle(reader, article, 'Follow-up', {
      parentId: answer.id,
    })

    assert.equal(answer.parentId, first.id)
    assert.equal(followUp.parentId, first.id)
  })

  test('refuses a parent under another article, a hidden one or one out of range', async ({
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const elsewhere = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()
    const foreign = await new CreateComment().handle(reader, elsewhere, 'Over there')
    const hidden = await CommentFactory.merge({ articleId: article.id })
      .with('author')
      .apply('hidden')
      .create()

    for (const parentId of [foreign.id, hidden.id, 2 ** 31, 0]) {
      assert.deepEqual(
        await refusals(new CreateComment().handle(reader, article, 'Reply', { parentId })),
        unknownParent,
        `parentId ${parentId}`
      )
    }
    assert.lengthOf(await Comment.query().where('article_id', article.id), 1)
  })

  test('is a 404 on someone else’s draft, which its writer may comment on', async ({ assert }) => {
    const draft = await ArticleFactory.with('author').apply('draft').create()
    const reader = await UserFactory.create()
    const writer = await draft.related('author').query().firstOrFail()

    await assert.rejects(
      () => new CreateComment().handle(reader, draft, 'Sneaky'),
      'Article not found'
    )
    await assert.rejects(
      () => new CreateComment().handle(reader, { slug: 'no-such-article' }, 'Hi'),
      'Article not found'
    )
    const own = await new CreateComment().handle(writer, draft, 'Note to self')
    assert.equal(own.body, 'Note to self')
  })
})

test.group('Actions | moderate and delete comments', (group) => {
  isolateDatabase(group)

  test('hiding and restoring a comment are each recorded once', async ({ assert }) => {
    const moderator = await UserFactory.merge({ role: 'moderator' }).create()
    const comment = await CommentFactory.with('author')
      .with('article', 1, (article) => article.with('author'))
      .merge({ body: 'x'.repeat(100) })
      .create()

    await new UpdateCommentVisibility().handle(moderator, comment, 'hidden')
    await new UpdateCommentVisibility().handle(moderator, comment, 'hidden')
    await comment.refresh()
    assert.equal(comment.status, 'hidden')

    await new UpdateCommentVisibility().handle(moderator, comment, 'visible')
    await comment.refresh()
    assert.equal(comment.status, 'visible')

    const entries = await AuditLog.query().orderBy('id', 'asc')
    assert.deepEqual(
      entries.map((entry) => entry.action),
      ['comment.hidden', 'comment.restored']
    )
    assert.equal(entries[0].targetId, comment.id)
    assert.deepEqual(entries[0].details, {
      articleId: comment.articleId,
      authorId: comment.authorId,
      excerpt: 'x'.repeat(80),
    })
  })

  test('deleting a comment removes it for good', async ({ assert }) => {
    const comment = await CommentFactory.with('author')
      .with('article', 1, (article) => article.with('author'))
      .create()

    await new DeleteComment().handle(comment)
    assert.isNull(await Comment.find(comment.id))
  })
})
