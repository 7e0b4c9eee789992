import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

type Method = 'get' | 'put' | 'delete'

/** Every admin route, with a real record behind each :id. */
async function adminRoutes(): Promise<[Method, string][]> {
  const member = await UserFactory.create()
  const article = await ArticleFactory.with('author').create()
  const comment = await CommentFactory.merge({
    articleId: article.id,
    authorId: member.id,
  }).create()
  return [
    ['get', urlFor('admin.dashboard.index')],
    ['get', urlFor('admin.activity.index')],
    ['get', urlFor('admin.users.index')],
    ['put', urlFor('admin.users.role.update', { id: member.id })],
    ['put', urlFor('admin.users.status.update', { id: member.id })],
    ['get', urlFor('admin.comments.index')],
    ['put', urlFor('admin.comments.visibility.update', { id: comment.id })],
    ['get', urlFor('admin.articles.index')],
    ['delete', urlFor('admin.articles.destroy', { id: article.id })],
    ['delete', urlFor('admin.articles.publication.destroy', { id: article.id })],
  ]
}

test.group('Admin area access', (group) => {
  isolateDatabase(group)

  test('sends signed-out visitors to the login page', async ({ client, assert }) => {
    for (const [method, url] of await adminRoutes()) {
      if (method !== 'get') continue
      const response = await client.get(url).redirects(0)
      assert.equal(response.status(), 302, url)
      assert.equal(
        response.header('location'),
        `${urlFor('auth.login')}?next=${encodeURIComponent(url)}`,
        url
      )
    }
  })

  test('shows members the 403 page on every admin route', async ({ client, assert }) => {
    const member = await UserFactory.create()
    for (const [method, url] of await adminRoutes()) {
      const request = client
        .request(url, method.toUpperCase())
        .loginAs(member)
        .withCsrfToken()
        .redirects(0)
      if (method !== 'get') request.form({ role: 'admin', status: 'hidden' })
      const response = await request
      assert.equal(response.status(), 403, `${method} ${url}`)
      assert.include(response.text(), 'Access denied', `${method} ${url}`)
    }
    await member.refresh()
    assert.equal(member.role, 'member')
  })

  test('lets moderators moderate but not manage accounts', async ({ client, assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    for (const url of [
      urlFor('admin.dashboard.index'),
      urlFor('admin.activity.index'),
      urlFor('admin.comments.index'),
      urlFor('admin.articles.index'),
    ]) {
      const response = await client.get(url).loginAs(moderator)
      assert.equal(response.status(), 200, url)
    }
    const users = await client.get(urlFor('admin.users.index')).loginAs(moderator)
    users.assertStatus(403)
    assert.notInclude(users.text(), 'href="/admin/users"')

    const member = await UserFactory.create()
    const promote = await client
      .put(urlFor('admin.users.role.update', { id: member.id }))
      .form({ role: 'admin' })
      .loginAs(moderator)
      .withCsrfToken()
      .redirects(0)
    promote.assertStatus(403)
  })

  test('lets admins reach every section', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    for (const url of [
      urlFor('admin.dashboard.index'),
      urlFor('admin.activity.index'),
      urlFor('admin.users.index'),
      urlFor('admin.comments.index'),
      urlFor('admin.articles.index'),
    ]) {
      const response = await client.get(url).loginAs(admin)
      assert.equal(response.status(), 200, url)
    }
  })

  test('signs a deactivated admin out instead of letting them in', async ({ client }) => {
    const admin = await UserFactory.apply('admin').apply('inactive').create()
    const response = await client.get(urlFor('admin.dashboard.index')).loginAs(admin).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `${urlFor('auth.login')}?next=%2Fadmin`)
  })
})
