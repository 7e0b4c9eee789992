import { test } from '@japa/runner'
import Comment from '#models/comment'
import CreateComment from '#actions/comments/create_comment'
import UpdateCommentVisibility from '#actions/comments/update_comment_visibility'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

async function discussion() {
  const article = await ArticleFactory.with('author').create()
  const asker = await UserFactory.merge({ username: 'asker' }).create()
  const answerer = await UserFactory.merge({ username: 'answerer' }).create()
  const question = await new CreateComment().handle(asker, article, 'Is it quiet up there?')
  return { article, asker, answerer, question }
}

test.group('Comment replies', (group) => {
  isolateDatabase(group)

  test('a reply is posted under the comment it answers, in its thread', async ({
    client,
    assert,
  }) => {
    const { article, answerer, question } = await discussion()
    const response = await client
      .post(urlFor('articles.comments.store', { slug: article.slug }))
      .form({ body: 'Very quiet.', parentId: String(question.id) })
      .loginAs(answerer)
      .withCsrfToken()
      .redirects(0)

    const reply = await Comment.findByOrFail('body', 'Very quiet.')
    assert.equal(reply.parentId, question.id)
    response.assertStatus(302)
    response.assertHeader(
      'location',
      `${urlFor('articles.show', { slug: article.slug })}#comment-${reply.id}`
    )
    response.assertFlashMessage('success', 'Your reply is posted.')

    const page = await client.get(urlFor('articles.show', { slug: article.slug })).loginAs(answerer)
    const html = page.text()
    // The reply sits in the thread's reply list, after its first comment.
    const thread = html.slice(html.indexOf(`id="comment-${question.id}"`))
    assert.match(
      thread,
      new RegExp(`^[\\s\\S]*?class="comment-replies"[\\s\\S]*?id="comment-${reply.id}"`)
    )
    assert.include(html, 'Comments <span class="text-muted">(2)</span>')
    // One reply form per thread, naming the comment answered.
    assert.include(html, `name="parentId" value="${question.id}"`)
  })

  test('a reply to a reply joins the same thread (one level)', async ({ assert }) => {
    const { article, asker, answerer, question } = await discussion()
    const reply = await new CreateComment().handle(answerer, article, 'Yes.', {
      parentId: question.id,
    })
    const replyToReply = await new CreateComment().handle(asker, article, 'Thanks!', {
      parentId: reply.id,
    })
    assert.equal(reply.parentId, question.id)
    assert.equal(replyToReply.parentId, question.id)
  })

  test('a reply to a comment elsewhere, hidden or unknown is refused next to the form', async ({
    client,
    assert,
  }) => {
    const { article, asker, answerer, question } = await discussion()
    const other = await ArticleFactory.with('author').create()
    const elsewhere = await new CreateComment().handle(asker, other, 'On another article')
    const moderator = await UserFactory.apply('moderator').create()
    const hidden = await new CreateComment().handle(asker, article, 'Spam')
    await new UpdateCommentVisibility().handle(
      moderator,
      await Comment.findOrFail(hidden.id),
      'hidden'
    )

    for (const parentId of [elsewhere.id, hidden.id, 2_000_000_000, 99_999_999_999]) {
      const response = await client
        .post(urlFor('articles.comments.store', { slug: article.slug }))
        .form({ body: 'Lost reply?', parentId: String(parentId) })
        .loginAs(answerer)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      assert.property(response.flashMessages().inputErrorsBag, 'parentId', String(parentId))
    }
    assert.isNull(await Comment.findBy('body', 'Lost reply?'))

    // The failed reply's text comes back in its own thread's form.
    const failed = await client
      .post(urlFor('articles.comments.store', { slug: article.slug }))
      .form({ body: 'x'.repeat(5001), parentId: String(question.id) })
      .loginAs(answerer)
      .withCsrfToken()
      .redirects(0)
    assert.property(failed.flashMessages().inputErrorsBag, 'body')
  })

  test('hiding a comment with replies keeps the thread readable for everyone', async ({
    client,
    assert,
  }) => {
    const { article, asker, answerer, question } = await discussion()
    await new CreateComment().handle(answerer, article, 'A useful answer', {
      parentId: question.id,
    })
    const moderator = await UserFactory.apply('moderator').create()
    await new UpdateCommentVisibility().handle(
      moderator,
      await Comment.findOrFail(question.id),
      'hidden'
    )

    const guest = await client.get(urlFor('articles.show', { slug: article.slug }))
    guest.assertStatus(200)
    assert.include(guest.text(), 'Comment hidden by a moderator.')
    assert.include(guest.text(), 'A useful answer')
    assert.notInclude(guest.text(), 'Is it quiet up there?')
    assert.notInclude(guest.text(), 'href="/profiles/asker"')

    // Its author still sees it, marked hidden; moderators too.
    for (const viewer of [asker, moderator]) {
      const page = await client.get(urlFor('articles.show', { slug: article.slug })).loginAs(viewer)
      assert.include(page.text(), 'Is it quiet up there?')
      assert.include(page.text(), 'A useful answer')
    }

    // A hidden comment without replies is gone for readers, as before.
    const lone = await new CreateComment().handle(asker, article, 'Lonely spam')
    await new UpdateCommentVisibility().handle(
      moderator,
      await Comment.findOrFail(lone.id),
      'hidden'
    )
    const again = await client.get(urlFor('articles.show', { slug: article.slug }))
    assert.notInclude(again.text(), 'Lonely spam')
    assert.equal(again.text().split('Comment hidden by a moderator.').length, 2)
  })

  test('deleting a first comment deletes its replies', async ({ client, assert }) => {
    const { article, asker, answerer, question } = await discussion()
    const reply = await new CreateComment().handle(answerer, article, 'Reply', {
      parentId: question.id,
    })
    const response = await client
      .delete(urlFor('articles.comments.destroy', { slug: article.slug, id: question.id }))
      .loginAs(asker)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.isNull(await Comment.find(reply.id))
  })
})
