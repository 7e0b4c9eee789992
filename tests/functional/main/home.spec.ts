import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { activeContent } from '#tests/functional/articles/inert_html'
import { urlFor } from '#tests/support/routes'

/** `count` published articles, one hour apart, titled "Story 1" (oldest) .. "Story n" (newest). */
async function publishStories(count: number, slugPrefix = 'story') {
  const now = DateTime.now()
  return ArticleFactory.with('author')
    .with('tags', 2)
    .merge(
      Array.from({ length: count }, (_, index) => ({
        title: `Story ${index + 1}`,
        slug: `${slugPrefix}-${index + 1}`,
        publishedAt: now.minus({ hours: count - index }),
      }))
    )
    .createMany(count)
}

function titlesIn(html: string) {
  return [...html.matchAll(/<h2 class="card-title"><a href="[^"]*">([^<]*)<\/a><\/h2>/g)].map(
    (match) => match[1]
  )
}

test.group('Home: the global feed', (group) => {
  isolateDatabase(group)

  test('lists published articles newest first, ten per page, with author, tags and favorites', async ({
    client,
    assert,
  }) => {
    const stories = await publishStories(12)
    const newest = stories[11]
    await newest.load('tags')
    const fan = await UserFactory.create()
    await db.table('favorites').insert({ user_id: fan.id, article_id: newest.id })

    const first = await client.get(urlFor('main.home'))
    first.assertStatus(200)
    assert.deepEqual(
      titlesIn(first.text()),
      Array.from({ length: 10 }, (_, index) => `Story ${12 - index}`)
    )
    first.assertTextIncludes(`href="/profiles/${encodeURIComponent(newest.author.username)}"`)
    first.assertTextIncludes(`href="/tags/${encodeURIComponent(newest.tags[0].name)}"`)
    first.assertTextIncludes('1<span class="visually-hidden"> favorite</span>')
    first.assertTextIncludes('href="/?page=2"')

    const second = await client.get(`${urlFor('main.home')}?page=2`)
    assert.deepEqual(titlesIn(second.text()), ['Story 2', 'Story 1'])
    second.assertTextIncludes('rel="prev"')
  })

  test('shows the popular tags of published articles, most used first', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const [common, rare] = await db
      .table('tags')
      .multiInsert([{ name: 'common-tag' }, { name: 'rare-tag' }])
      .returning('id')
    const articles = await ArticleFactory.merge({ authorId: author.id }).createMany(3)
    for (const article of articles) await article.related('tags').attach([common.id])
    await articles[0].related('tags').attach([rare.id])

    const response = await client.get(urlFor('main.home'))
    const sidebar = response.text().split('Popular tags')[1]
    assert.isBelow(sidebar.indexOf('common-tag'), sidebar.indexOf('rare-tag'))
  })

  test('never shows drafts or tags used only by drafts, even to other signed-in people', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const draft = await ArticleFactory.apply('draft')
      .merge({ authorId: author.id, title: 'Secret draft title' })
      .with('tags', 1, (tag) => tag.merge({ name: 'draft-only-tag' }))
      .create()
    await ArticleFactory.merge({ authorId: author.id, title: 'Public piece' }).create()

    for (const viewer of [null, await UserFactory.create()]) {
      const request = client.get(urlFor('main.home'))
      const response = viewer ? await request.loginAs(viewer) : await request
      response.assertTextIncludes('Public piece')
      assert.notInclude(response.text(), draft.title)
      assert.notInclude(response.text(), 'draft-only-tag')
    }
  })

  test('prints titles, descriptions, tags and usernames as inert text', async ({
    client,
    assert,
  }) => {
    const payload = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
    const author = await UserFactory.merge({ username: `x"><svg onload=alert(1)>` }).create()
    await ArticleFactory.merge({
      authorId: author.id,
      title: payload,
      description: `"><b onmouseover=alert(1)>`,
    })
      .with('tags', 1, (tag) => tag.merge({ name: '<i onclick=alert(1)>' }))
      .create()

    const response = await client.get(urlFor('main.home'))
    response.assertStatus(200)
    assert.deepEqual(activeContent(response.text()), [])
    response.assertTextIncludes('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;')
    response.assertTextIncludes('&lt;i onclick=alert(1)&gt;')
  })

  test('answers odd page numbers with a page, never an error', async ({ client, assert }) => {
    await publishStories(3)
    for (const page of ['0', '-1', 'abc', '1.5', '', '%00', '99999999999999999999']) {
      const response = await client.get(`${urlFor('main.home')}?page=${page}`)
      response.assertStatus(200)
      assert.lengthOf(titlesIn(response.text()), 3, `page=${page} shows the first page`)
    }
    const beyond = await client.get(`${urlFor('main.home')}?page=7`)
    beyond.assertStatus(200)
    beyond.assertTextIncludes('There are no articles on page 7.')
    beyond.assertTextIncludes('href="/"')
  })

  test('offers "Your feed" only to signed-in readers', async ({ client, assert }) => {
    const guest = await client.get(urlFor('main.home'))
    assert.notInclude(guest.text(), 'Your feed')
    guest.assertTextIncludes('<h1>Folio</h1>')

    const member = await client.get(urlFor('main.home')).loginAs(await UserFactory.create())
    member.assertTextIncludes('href="/feed"')
    member.assertTextIncludes('Your feed')
  })
})

test.group('Home: your feed', (group) => {
  isolateDatabase(group)

  test('shows only the published articles of followed authors', async ({ client, assert }) => {
    const reader = await UserFactory.create()
    const followed = await UserFactory.create()
    const stranger = await UserFactory.create()
    await db.table('follows').insert({ follower_id: reader.id, followed_id: followed.id })
    await ArticleFactory.merge({ authorId: followed.id, title: 'From a friend' }).create()
    await ArticleFactory.apply('draft')
      .merge({ authorId: followed.id, title: 'Friend draft' })
      .create()
    await ArticleFactory.merge({ authorId: stranger.id, title: 'From a stranger' }).create()
    await ArticleFactory.merge({ authorId: reader.id, title: 'My own' }).create()

    const response = await client.get(urlFor('main.feed')).loginAs(reader)
    response.assertStatus(200)
    assert.deepEqual(titlesIn(response.text()), ['From a friend'])
    response.assertTextIncludes('<a href="/feed" aria-current="page">Your feed</a>')
  })

  test('explains itself when the reader follows nobody', async ({ client }) => {
    await publishStories(2)
    const response = await client.get(urlFor('main.feed')).loginAs(await UserFactory.create())
    response.assertStatus(200)
    response.assertTextIncludes('Articles from the authors you follow will show up here.')
  })

  test('sends signed-out visitors to the login page', async ({ client }) => {
    const response = await client.get(urlFor('main.feed')).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `${urlFor('auth.login')}?next=%2Ffeed`)
  })
})

test.group('About page', () => {
  test('describes the site', async ({ client }) => {
    const response = await client.get(urlFor('main.about'))
    response.assertStatus(200)
    response.assertTextIncludes('<h1>About Folio</h1>')
  })
})
