import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { activeContent } from '#tests/functional/articles/inert_html'
import { urlFor } from '#tests/support/routes'

function rowsIn(html: string) {
  return [...html.matchAll(/<tr>\s*<td><a href="[^"]*">([^<]*)<\/a><\/td>([\s\S]*?)<\/tr>/g)].map(
    ([, title, cells]) => ({
      title,
      status: cells.includes('badge-draft') ? 'draft' : 'published',
      numbers: [...cells.matchAll(/<td class="num">(\d+)<\/td>/g)].map((match) => Number(match[1])),
    })
  )
}

test.group('Dashboard', (group) => {
  isolateDatabase(group)

  test('sends signed-out visitors to the login page and back', async ({ client }) => {
    const response = await client.get(urlFor('main.dashboard')).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `${urlFor('auth.login')}?next=%2Fdashboard`)
  })

  test("lists the writer's drafts and published articles with views, favorites and comments", async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.create()
    const reader = await UserFactory.create()
    const published = await ArticleFactory.merge({
      authorId: writer.id,
      title: 'Out in the world',
      views: 42,
    }).create()
    await ArticleFactory.apply('draft')
      .merge({ authorId: writer.id, title: 'Work in progress' })
      .create()
    await ArticleFactory.merge({ authorId: reader.id, title: 'Someone else' }).create()
    await db.table('favorites').insert({ user_id: reader.id, article_id: published.id })
    await CommentFactory.merge({ articleId: published.id, authorId: reader.id }).createMany(2)
    await CommentFactory.apply('hidden')
      .merge({ articleId: published.id, authorId: reader.id })
      .create()

    const response = await client.get(urlFor('main.dashboard')).loginAs(writer)
    response.assertStatus(200)
    const rows = rowsIn(response.text())
    assert.sameDeepMembers(rows, [
      { title: 'Out in the world', status: 'published', numbers: [42, 1, 2] },
      { title: 'Work in progress', status: 'draft', numbers: [0, 0, 0] },
    ])
    response.assertTextIncludes(`href="/articles/${published.slug}/edit"`)
  })

  test('filters drafts and published articles', async ({ client, assert }) => {
    const writer = await UserFactory.create()
    await ArticleFactory.merge({ authorId: writer.id, title: 'Live one' }).create()
    await ArticleFactory.apply('draft').merge({ authorId: writer.id, title: 'Draft one' }).create()

    const drafts = await client.get(`${urlFor('main.dashboard')}?status=draft`).loginAs(writer)
    assert.deepEqual(
      rowsIn(drafts.text()).map((row) => row.title),
      ['Draft one']
    )
    const live = await client.get(`${urlFor('main.dashboard')}?status=published`).loginAs(writer)
    assert.deepEqual(
      rowsIn(live.text()).map((row) => row.title),
      ['Live one']
    )
    const odd = await client.get(`${urlFor('main.dashboard')}?status=<script>`).loginAs(writer)
    assert.lengthOf(rowsIn(odd.text()), 2)
  })

  test('shows the totals', async ({ client }) => {
    const writer = await UserFactory.create()
    await ArticleFactory.merge({ authorId: writer.id, views: 5 }).createMany(2)
    await ArticleFactory.apply('draft').merge({ authorId: writer.id }).create()
    const response = await client.get(urlFor('main.dashboard')).loginAs(writer)
    response.assertTextIncludes(
      '<span class="stat-value">2</span> <span class="stat-label">Published</span>'
    )
    response.assertTextIncludes(
      '<span class="stat-value">1</span> <span class="stat-label">Draft</span>'
    )
    response.assertTextIncludes(
      '<span class="stat-value">10</span> <span class="stat-label">Views</span>'
    )
  })

  test('keeps markup in titles and the username inert', async ({ client, assert }) => {
    const writer = await UserFactory.merge({ username: '<script>alert(1)</script>' }).create()
    await ArticleFactory.merge({
      authorId: writer.id,
      title: '"><img src=x onerror=alert(1)>',
    }).create()
    const response = await client.get(urlFor('main.dashboard')).loginAs(writer)
    response.assertStatus(200)
    assert.deepEqual(activeContent(response.text()), [])
  })

  test('answers odd page numbers with a page, never an error', async ({ client, assert }) => {
    const writer = await UserFactory.create()
    await ArticleFactory.merge({ authorId: writer.id }).createMany(2)
    for (const page of ['0', '-2', 'x', '1e3']) {
      const response = await client.get(`${urlFor('main.dashboard')}?page=${page}`).loginAs(writer)
      assert.equal(response.status(), 200)
      assert.lengthOf(rowsIn(response.text()), 2)
    }
    const beyond = await client.get(`${urlFor('main.dashboard')}?page=4`).loginAs(writer)
    beyond.assertTextIncludes('There are no articles on page 4.')
  })
})
