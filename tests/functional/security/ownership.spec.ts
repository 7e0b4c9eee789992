import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/support/database'
import { allRoutes, createWorld, fill, urlFor } from '#tests/support/routes'
import { tokenHeader } from '#tests/support/api'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import Article from '#models/article'
import Comment from '#models/comment'

test.group('Security: owner-only routes refuse everyone else', (group) => {
  isolateDatabase(group)

  test('another member can neither edit, update nor delete an article, nor delete its comment (pages and API)', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const draft = await ArticleFactory.apply('draft').merge({ authorId: world.author.id }).create()
    const intruder = world.stranger
    const token = await tokenHeader(intruder)
    const { slug } = world.article

    const takeOver = { title: 'Taken over', description: 'x', body: 'x', tags: '' }
    const web: [string, string][] = [
      ['GET', urlFor('articles.edit', { slug })],
      ['PUT', urlFor('articles.update', { slug })],
      ['DELETE', urlFor('articles.destroy', { slug })],
      ['DELETE', urlFor('articles.comments.destroy', { slug, id: world.comment.id })],
      ['GET', urlFor('articles.show', { slug: draft.slug })],
      ['GET', urlFor('articles.edit', { slug: draft.slug })],
      ['PUT', urlFor('articles.update', { slug: draft.slug })],
    ]
    for (const [method, url] of web) {
      const response = await client
        .request(url, method)
        .form(takeOver)
        .loginAs(intruder)
        .withCsrfToken()
        .redirects(0)
      assert.include([403, 404], response.status(), `${method} ${url}`)
    }

    const api: [string, string][] = [
      ['PUT', `/api/v1/articles/${slug}`],
      ['DELETE', `/api/v1/articles/${slug}`],
      ['DELETE', `/api/v1/articles/${slug}/comments/${world.comment.id}`],
      ['GET', `/api/v1/articles/${draft.slug}`],
      ['PUT', `/api/v1/articles/${draft.slug}`],
    ]
    for (const [method, url] of api) {
      const request = client.request(url, method).header('authorization', token)
      const response =
        method === 'PUT' ? await request.json({ article: { title: 'Taken over' } }) : await request
      assert.include([403, 404], response.status(), `${method} ${url}`)
      assert.property(response.body(), 'errors')
    }

    const article = await Article.findOrFail(world.article.id)
    assert.equal(article.title, world.article.title)
    const draftAfter = await Article.findOrFail(draft.id)
    assert.equal(draftAfter.title, draft.title)
    assert.isNotNull(await Comment.find(world.comment.id))
  })

  test("a member cannot delete another member's comment through the API", async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const commenter = await UserFactory.create()
    const comment = await CommentFactory.merge({
      articleId: world.article.id,
      authorId: commenter.id,
    }).create()
    const response = await client
      .delete(`/api/v1/articles/${world.article.slug}/comments/${comment.id}`)
      .header('authorization', await tokenHeader(world.stranger))
    assert.include([403, 404], response.status())
    assert.isNotNull(await Comment.find(comment.id))
  })

  test('every admin route refuses a member, and user management refuses a moderator', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const moderator = await UserFactory.apply('moderator').create()
    const adminRoutes = allRoutes().filter((route) => route.pattern.startsWith('/admin'))
    assert.isAbove(adminRoutes.length, 5)

    for (const route of adminRoutes) {
      const url = fill(route.pattern, world)
      const asMember = await client
        .request(url, route.method)
        .form({ role: 'admin', active: '0', status: 'hidden' })
        .loginAs(world.stranger)
        .withCsrfToken()
        .redirects(0)
      assert.equal(asMember.status(), 403, `${route.method} ${url} as a member`)

      if (route.pattern.startsWith('/admin/users')) {
        const asModerator = await client
          .request(url, route.method)
          .form({ role: 'admin', active: '0' })
          .loginAs(moderator)
          .withCsrfToken()
          .redirects(0)
        assert.equal(asModerator.status(), 403, `${route.method} ${url} as a moderator`)
      }
    }

    const signedOut = await client.get(urlFor('admin.dashboard.index')).redirects(0)
    assert.equal(signedOut.status(), 302, 'signed-out visitors are sent to sign in')

    await world.stranger.refresh()
    assert.equal(world.stranger.role, 'member')
    assert.isTrue(world.stranger.isActive)
    assert.isNotNull(await Article.find(world.article.id))
    const comment = await Comment.findOrFail(world.comment.id)
    assert.equal(comment.status, 'visible')
  })

  test('private pages are only ever about the signed-in user', async ({ client, assert }) => {
    const world = await createWorld()
    const draft = await ArticleFactory.apply('draft')
      .merge({ authorId: world.author.id, title: 'Secret draft title' })
      .create()
    for (const url of [
      urlFor('main.dashboard'),
      urlFor('profiles.settings.edit'),
      urlFor('main.feed'),
    ]) {
      const response = await client.get(url).loginAs(world.stranger)
      response.assertStatus(200)
      assert.notInclude(response.text(), world.author.email, url)
      assert.notInclude(response.text(), draft.title, url)
    }
    const profile = await client
      .get(urlFor('profiles.show', { username: world.author.username }))
      .loginAs(world.stranger)
    assert.notInclude(profile.text(), draft.title, 'drafts stay off the public profile')
  })
})
