import { test } from '@japa/runner'
import Article from '#models/article'
import Comment from '#models/comment'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import CreateFavorite from '#actions/favorites/create_favorite'
import CreateComment from '#actions/comments/create_comment'
import DeleteComment from '#actions/comments/delete_comment'
import UpdateCommentVisibility from '#actions/comments/update_comment_visibility'
import UpdateUser from '#actions/users/update_user'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'
import { visit } from '#tests/support/visits'

/**
 * Readers who are not signed in get a discussion drawn once per version of
 * its threads (ArticlesController#show). Whatever changes in what it shows
 * must show on the next page view, never an earlier drawing.
 */
test.group('Article discussion for readers not signed in', (group) => {
  isolateDatabase(group)

  /** The comments section (the rest of the page counts views). */
  function discussionOf(html: string) {
    return html.slice(
      html.indexOf('id="comments"'),
      html.indexOf('</section>', html.indexOf('id="comments"'))
    )
  }

  async function guestPage(client: any, slug: string) {
    const response = await client.get(urlFor('articles.show', { slug }))
    response.assertStatus(200)
    return response.text() as string
  }

  test('a new comment, a reply, a hidden one, a deleted one and a renamed writer all show at once', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').merge({ published: true }).create()
    const reader = await UserFactory.merge({ username: 'first_reader' }).create()
    const moderator = await UserFactory.apply('moderator').create()
    const first = await new CreateComment().handle(reader, article, 'First thoughts here.')

    let html = await guestPage(client, article.slug)
    assert.include(html, 'First thoughts here.')
    // Drawn twice from the same threads: the same discussion.
    assert.equal(discussionOf(await guestPage(client, article.slug)), discussionOf(html))

    const second = await new CreateComment().handle(reader, article, 'A second remark.')
    await new CreateComment().handle(reader, article, 'Answering myself.', {
      parentId: first.id,
    })
    html = await guestPage(client, article.slug)
    assert.include(html, 'A second remark.')
    assert.include(html, 'Answering myself.')
    assert.include(html, 'Comments <span class="text-muted">(3)</span>')

    await new UpdateUser().handle(reader, { username: 'renamed_reader' })
    html = await guestPage(client, article.slug)
    assert.include(html, '>renamed_reader<')
    assert.notInclude(html, 'first_reader')

    const setVisibility = async (status: 'visible' | 'hidden') =>
      new UpdateCommentVisibility().handle(moderator, await Comment.findOrFail(first.id), status)

    await setVisibility('hidden')
    html = await guestPage(client, article.slug)
    assert.notInclude(html, 'First thoughts here.')
    // The reply to it stays readable under a placeholder.
    assert.include(html, 'Comment hidden by a moderator.')
    assert.include(html, 'Answering myself.')

    await new DeleteComment().handle(await Comment.findOrFail(second.id))
    html = await guestPage(client, article.slug)
    assert.notInclude(html, 'A second remark.')

    // Shown again: the page is the one drawn for these threads before.
    await setVisibility('visible')
    html = await guestPage(client, article.slug)
    assert.include(html, 'First thoughts here.')
    assert.notInclude(html, 'Comment hidden by a moderator.')
  })

  test('a signed-in reader still gets the reply forms after a guest drawing was kept', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').merge({ published: true }).create()
    const reader = await UserFactory.create()
    const comment = await new CreateComment().handle(reader, article, 'Worth a reply.')

    const guestHtml = await guestPage(client, article.slug)
    assert.notInclude(guestHtml, 'name="parentId"')

    const signedIn = await client
      .get(urlFor('articles.show', { slug: article.slug }))
      .loginAs(reader)
    signedIn.assertStatus(200)
    assert.include(signedIn.text(), `name="parentId" value="${comment.id}"`)
    // Their own comment carries a delete button; the guest's copy has none.
    assert.include(signedIn.text(), 'Delete<span class="visually-hidden"> comment by')
    assert.notInclude(guestHtml, 'Delete<span class="visually-hidden"> comment by')
  })
})

/**
 * A guest render (no session cookie) of an article page is kept whole under
 * a digest of its data (ArticlesController#show), with a hole for the live
 * view count.
 */
test.group('Article page kept for guests', (group) => {
  isolateDatabase(group)

  test('each view still counts at once, and user text cannot take the count’s place', async ({
    assert,
  }) => {
    const writer = await UserFactory.create()
    const article = await new CreateArticle().handle(writer, {
      title: 'VIEWS <span data-etag-ignore>VIEWS</span>',
      description: 'views VIEWS',
      body: 'Count <span data-etag-ignore>VIEWS</span> me.',
    })
    const labels = []
    for (let view = 0; view < 3; view++) {
      const response = await visit(urlFor('articles.show', { slug: article.slug }))
      assert.equal(response.status, 200)
      const html = await response.text()
      labels.push(html.match(/<span data-etag-ignore>([^<]*)<\/span>/)![1])
      assert.include(
        html,
        '<h1 id="article-title">VIEWS &lt;span data-etag-ignore&gt;VIEWS&lt;/span&gt;</h1>'
      )
      assert.include(html, 'Count &lt;span data-etag-ignore&gt;VIEWS&lt;/span&gt; me.')
    }
    assert.deepEqual(labels, ['1 view', '2 views', '3 views'])
  })

  test('an edit, a favorite and a new comment show to the next guest', async ({ assert }) => {
    const writer = await UserFactory.create()
    const reader = await UserFactory.create()
    const created = await new CreateArticle().handle(writer, {
      title: 'Kept page',
      description: 'First description',
      body: 'First body.',
    })
    const page = async () => {
      const response = await visit(urlFor('articles.show', { slug: created.slug }))
      assert.equal(response.status, 200)
      return response.text()
    }

    assert.include(await page(), 'First body.')
    await new UpdateArticle().handle(await Article.findOrFail(created.id), {
      description: 'Second description',
      body: 'Second body.',
    })
    let html = await page()
    assert.include(html, 'Second body.')
    assert.include(html, 'Second description')
    assert.notInclude(html, 'First body.')

    await new CreateFavorite().handle(reader, await Article.findOrFail(created.id))
    await new CreateComment().handle(
      reader,
      await Article.findOrFail(created.id),
      'Kept? Not for long.'
    )
    html = await page()
    assert.include(html, 'Kept? Not for long.')
    assert.include(html, 'Comments <span class="text-muted">(1)</span>')
  })
})
