import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

const cardCount = (html: string) => html.match(/class="card article-preview"/g)?.length ?? 0

test.group('Profile pages', (group) => {
  isolateDatabase(group)

  test("shows a member's bio and published articles to a visitor", async ({ client, assert }) => {
    const member = await UserFactory.merge({ bio: 'Gardener and writer.' }).create()
    await ArticleFactory.merge({ authorId: member.id, title: 'Growing tomatoes' }).create()

    const response = await client.get(urlFor('profiles.show', { username: member.username }))
    response.assertStatus(200)
    const html = response.text()
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1)
    assert.include(html, `<h1>${member.username}</h1>`)
    assert.include(html, 'Gardener and writer.')
    assert.include(html, 'Growing tomatoes')
    assert.include(html, `Sign in to follow ${member.username}`)
    assert.include(html, `alt="${member.username}’s profile picture"`)
    assert.include(html, 'aria-current="page">Articles</a>')
  })

  test('finds a member whatever the case of the username, and answers 404 for nobody', async ({
    client,
  }) => {
    const member = await UserFactory.merge({ username: 'MixedCase' }).create()
    ;(await client.get(urlFor('profiles.show', { username: 'mixedcase' }))).assertTextIncludes(
      member.username
    )
    ;(await client.get(urlFor('profiles.show', { username: 'nobody-here' }))).assertStatus(404)
    ;(
      await client.get(urlFor('profiles.favorites.index', { username: 'nobody-here' }))
    ).assertStatus(404)
  })

  test('shows drafts to their author and to moderators, never to others', async ({
    client,
    assert,
  }) => {
    const member = await UserFactory.create()
    await ArticleFactory.merge({ authorId: member.id, title: 'Public piece' }).create()
    await ArticleFactory.merge({ authorId: member.id, title: 'Unfinished piece' })
      .apply('draft')
      .create()
    const url = urlFor('profiles.show', { username: member.username })

    for (const viewer of [null, await UserFactory.create()]) {
      const request = client.get(url)
      const html = (await (viewer ? request.loginAs(viewer) : request)).text()
      assert.include(html, 'Public piece')
      assert.notInclude(html, 'Unfinished piece')
    }

    const own = (await client.get(url).loginAs(member)).text()
    assert.include(own, 'Unfinished piece')
    assert.include(own, 'badge-draft')
    assert.include(own, 'Edit your profile')
    const moderator = (
      await client.get(url).loginAs(await UserFactory.apply('moderator').create())
    ).text()
    assert.include(moderator, 'Unfinished piece')
  })

  test('paginates articles 10 per page and never fails on an odd page number', async ({
    client,
    assert,
  }) => {
    const member = await UserFactory.create()
    await ArticleFactory.merge({ authorId: member.id }).createMany(11)
    const url = urlFor('profiles.show', { username: member.username })

    assert.equal(cardCount((await client.get(url)).text()), 10)
    assert.equal(cardCount((await client.get(`${url}?page=2`)).text()), 1)
    for (const page of ['0', '-2', 'x', '99999999999999999999']) {
      const response = await client.get(`${url}?page=${page}`)
      response.assertStatus(200)
    }
    const beyond = await client.get(`${url}?page=5`)
    beyond.assertStatus(200)
    beyond.assertTextIncludes('There are no articles on this page.')
  })

  test('lists the articles a member favorited, most recent first', async ({ client, assert }) => {
    const member = await UserFactory.create()
    const older = await ArticleFactory.with('author').merge({ title: 'Older favorite' }).create()
    const newer = await ArticleFactory.with('author').merge({ title: 'Newer favorite' }).create()
    await ArticleFactory.with('author').merge({ title: 'Not a favorite' }).create()
    await db.table('favorites').insert([
      { user_id: member.id, article_id: older.id, created_at: new Date(Date.now() - 60_000) },
      { user_id: member.id, article_id: newer.id, created_at: new Date() },
    ])

    const response = await client.get(
      urlFor('profiles.favorites.index', { username: member.username })
    )
    response.assertStatus(200)
    const html = response.text()
    assert.include(html, 'aria-current="page">Favorited articles</a>')
    assert.isBelow(html.indexOf('Newer favorite'), html.indexOf('Older favorite'))
    assert.notInclude(html, 'Not a favorite')
  })

  // The one drafts rule (app/queries/article_list, ArticleScope): a favorites list is a public
  // list and shows published articles only, to everyone; the draft's writer finds it on their
  // own profile and dashboard instead.
  test('hides a favorited draft from everyone, its writer included', async ({ client, assert }) => {
    const member = await UserFactory.create()
    const writer = await UserFactory.create()
    const draft = await ArticleFactory.merge({ authorId: writer.id, title: 'Draft they liked' })
      .apply('draft')
      .create()
    await db.table('favorites').insert({ user_id: member.id, article_id: draft.id })
    const url = urlFor('profiles.favorites.index', { username: member.username })

    assert.notInclude((await client.get(url)).text(), 'Draft they liked')
    assert.notInclude((await client.get(url).loginAs(member)).text(), 'Draft they liked')
    assert.notInclude((await client.get(url).loginAs(writer)).text(), 'Draft they liked')
  })

  test('says so when there is nothing to show', async ({ client }) => {
    const member = await UserFactory.create()
    ;(await client.get(urlFor('profiles.show', { username: member.username }))).assertTextIncludes(
      'has not published any articles yet'
    )
    ;(
      await client.get(urlFor('profiles.favorites.index', { username: member.username }))
    ).assertTextIncludes('has no favorite articles yet')
  })
})
