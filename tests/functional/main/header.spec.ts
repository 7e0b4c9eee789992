import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

/** The header's main navigation, from `<nav class="site-nav">` to its end. */
function navigation(html: string) {
  const start = html.indexOf('<nav class="site-nav"')
  return html.slice(start, html.indexOf('</nav>', start))
}

test.group('Site header', (group) => {
  isolateDatabase(group)

  test('links a signed-in writer to their pages and marks the current one', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.merge({ username: 'header_writer' }).create()
    const nav = navigation((await client.get(urlFor('main.dashboard')).loginAs(writer)).text())

    assert.include(nav, '<a href="/editor" aria-current="false">New article</a>')
    assert.include(nav, '<a href="/dashboard" aria-current="page">Dashboard</a>')
    assert.include(nav, '<a href="/notifications" aria-current="false">')
    assert.include(nav, '<a href="/profiles/header_writer" aria-current="false">')
    assert.notInclude(nav, 'Admin</a>')
  })

  test('shows the admin link to moderators and admins only', async ({ client, assert }) => {
    const moderator = await UserFactory.merge({ role: 'moderator' }).create()
    const admin = await UserFactory.merge({ role: 'admin' }).create()

    const onHome = navigation((await client.get(urlFor('main.home')).loginAs(moderator)).text())
    assert.include(onHome, '<a href="/admin" aria-current="false">Admin</a>')
    const inAdmin = navigation(
      (await client.get(urlFor('admin.comments.index')).loginAs(moderator)).text()
    )
    assert.include(inAdmin, '<a href="/admin" aria-current="page">Admin</a>')
    const forAdmin = navigation((await client.get(urlFor('main.home')).loginAs(admin)).text())
    assert.include(forAdmin, '<a href="/admin" aria-current="false">Admin</a>')
  })

  test('keeps the search terms in the search box on the search page only', async ({
    client,
    assert,
  }) => {
    const search = await client.get(urlFor('main.search')).qs({ q: 'edge templates' })
    search.assertTextIncludes('action="/search"')
    search.assertTextIncludes('value="edge templates"')

    const home = await client.get(urlFor('main.home')).qs({ q: 'edge templates' })
    home.assertTextIncludes('action="/search"')
    assert.notInclude(home.text(), 'value="edge templates"')
  })
})
