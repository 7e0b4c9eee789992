import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { activeContent } from '#tests/functional/articles/inert_html'
import { urlFor } from '#tests/support/routes'

function titlesIn(html: string) {
  return [...html.matchAll(/<h2 class="card-title"><a href="[^"]*">([^<]*)<\/a><\/h2>/g)].map(
    (match) => match[1]
  )
}

test.group('Search', (group) => {
  isolateDatabase(group)

  test('ranks a match in the title above a match in the body', async ({ client, assert }) => {
    const author = await UserFactory.create()
    await ArticleFactory.merge({
      authorId: author.id,
      title: 'Notes from the garden',
      description: 'Spring planting',
      body: 'Between the rows I think about marmalade a lot.',
    }).create()
    await ArticleFactory.merge({
      authorId: author.id,
      title: 'Marmalade for beginners',
      description: 'Bitter oranges, sugar, patience',
      body: 'Start with good fruit.',
    }).create()
    await ArticleFactory.merge({
      authorId: author.id,
      title: 'Unrelated',
      body: 'Nothing here.',
    }).create()

    const response = await client.get(`${urlFor('main.search')}?q=marmalade`)
    response.assertStatus(200)
    assert.deepEqual(titlesIn(response.text()), [
      'Marmalade for beginners',
      'Notes from the garden',
    ])
    response.assertTextIncludes('2 articles match')
  })

  test('shows why an article matched, with the words highlighted', async ({ client }) => {
    await ArticleFactory.with('author')
      .merge({
        title: 'Plain title',
        description: 'Summary',
        body: 'We brewed oolong tea at dawn.',
      })
      .create()
    const response = await client.get(`${urlFor('main.search')}?q=oolong`)
    response.assertTextIncludes('<mark>oolong</mark>')
  })

  test('never finds drafts', async ({ client, assert }) => {
    await ArticleFactory.with('author')
      .apply('draft')
      .merge({ title: 'Zanzibar secret plans' })
      .create()
    const response = await client.get(`${urlFor('main.search')}?q=zanzibar`)
    response.assertStatus(200)
    assert.notInclude(response.text(), 'Zanzibar secret plans')
    response.assertTextIncludes('No published article matches')
  })

  test('keeps markup in titles, excerpts, tags and usernames inert', async ({ client, assert }) => {
    const author = await UserFactory.merge({ username: '<img src=x onerror=alert(1)>' }).create()
    await ArticleFactory.merge({
      authorId: author.id,
      title: 'Quokka <script>alert("title")</script>',
      description: '<b onmouseover=alert(1)>quokka</b>',
      body: 'The quokka </mark><script>alert("body")</script> <mark>fake</mark> <img src=x onerror=alert(2)> quokka',
    })
      .with('tags', 1, (tag) => tag.merge({ name: '<svg onload=alert(3)>' }))
      .create()

    const response = await client.get(`${urlFor('main.search')}?q=quokka`)
    response.assertStatus(200)
    assert.deepEqual(activeContent(response.text()), [])
    // ts_headline drops what it parses as tags; whatever it keeps comes out escaped.
    const excerpt = response.text().split('class="search-excerpt">')[1].split('</p>')[0]
    assert.include(excerpt, '<mark>quokka</mark>')
    assert.include(excerpt, '&lt;img src=x onerror=alert(2)&gt;')
    assert.notInclude(excerpt, '<mark>fake')
    assert.deepEqual(excerpt.replace(/<\/?mark>/g, '').match(/<|>/g), null)
  })

  test('prints the query itself as text', async ({ client, assert }) => {
    const response = await client.get(
      `${urlFor('main.search')}?q=${encodeURIComponent('"><script>alert(1)</script>')}`
    )
    response.assertStatus(200)
    assert.deepEqual(activeContent(response.text()), [])
  })

  test('pages through results, keeping the query in the links', async ({ client, assert }) => {
    const author = await UserFactory.create()
    await ArticleFactory.merge({
      authorId: author.id,
      title: 'Pelican',
      body: 'pelican',
    }).createMany(12)
    const first = await client.get(`${urlFor('main.search')}?q=pelican`)
    assert.lengthOf(titlesIn(first.text()), 10)
    first.assertTextIncludes('href="/search?q=pelican&amp;page=2"')
    const second = await client.get(`${urlFor('main.search')}?q=pelican&page=2`)
    assert.lengthOf(titlesIn(second.text()), 2)
  })

  test('answers odd input with a page, never an error', async ({ client, assert }) => {
    await ArticleFactory.with('author').merge({ title: 'Heron' }).create()
    for (const query of [
      'q=heron&page=0',
      'q=heron&page=-3',
      'q=heron&page=abc',
      'q[]=heron',
      'q=',
      'q=%20%20',
      'q=!!!',
      'q=the',
      "q=' OR 1=1 --",
      'q=a%26b%7C!c',
      'page=2',
    ]) {
      const response = await client.get(`${urlFor('main.search')}?${query}`)
      assert.equal(response.status(), 200, query)
    }
    const beyond = await client.get(`${urlFor('main.search')}?q=heron&page=9`)
    beyond.assertStatus(200)
    beyond.assertTextIncludes('There are no results on page 9.')
    const empty = await client.get(urlFor('main.search'))
    empty.assertTextIncludes('Search every published article')
  })
})
