import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { appUrl } from '#config/app'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { xmlProblems } from '#tests/functional/main/xml_check'

test.group('Atom feed', (group) => {
  isolateDatabase(group)

  test('lists the 20 latest published articles with absolute links', async ({ client, assert }) => {
    const author = await UserFactory.merge({ username: 'feedwriter' }).create()
    const now = DateTime.now()
    await ArticleFactory.merge(
      Array.from({ length: 22 }, (_, index) => ({
        authorId: author.id,
        title: `Entry ${index + 1}`,
        slug: `entry-${index + 1}`,
        publishedAt: now.minus({ hours: 22 - index }),
      }))
    ).createMany(22)

    const response = await client.get('/feed.xml')
    response.assertStatus(200)
    response.assertHeader('content-type', 'application/atom+xml; charset=utf-8')
    const xml = response.text()
    assert.deepEqual(xmlProblems(xml), [])
    const titles = [...xml.matchAll(/<title type="text">([^<]*)<\/title>/g)].map(
      (match) => match[1]
    )
    assert.deepEqual(
      titles,
      Array.from({ length: 20 }, (_, index) => `Entry ${22 - index}`)
    )
    assert.include(
      xml,
      `<link rel="alternate" type="text/html" href="${appUrl}/articles/entry-22"/>`
    )
    assert.include(xml, `<link rel="self" type="application/atom+xml" href="${appUrl}/feed.xml"/>`)
    assert.include(xml, `<uri>${appUrl}/profiles/feedwriter</uri>`)
  })

  test('carries each article in full, rendered from its Markdown', async ({ client, assert }) => {
    await ArticleFactory.with('author')
      .merge({
        title: 'Full text',
        body: '## Section\n\nSee [the about page](/about) and <b onclick="x()">this</b>.',
      })
      .create()

    const xml = (await client.get('/feed.xml')).text()
    assert.deepEqual(xmlProblems(xml), [])
    const content = xml.match(/<content type="html" xml:base="([^"]*)">([^<]*)<\/content>/)
    assert.exists(content)
    assert.equal(content![1], `${appUrl}/`)
    // Once unescaped by the feed reader: the rendered article, raw HTML shown as text.
    const html = content![2]
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
    assert.include(html, '<h3>Section</h3>')
    assert.include(html, '<a href="/about" rel="nofollow ugc noopener">the about page</a>')
    assert.include(html, '&lt;b onclick=&quot;x()&quot;&gt;this&lt;/b&gt;')
    assert.notInclude(html, '<b onclick')
  })

  test('leaves drafts out', async ({ client, assert }) => {
    await ArticleFactory.with('author')
      .apply('draft')
      .merge({ title: 'Unfinished thoughts' })
      .create()
    await ArticleFactory.with('author').merge({ title: 'Finished thoughts' }).create()
    const response = await client.get('/feed.xml')
    const xml = response.text()
    assert.include(xml, 'Finished thoughts')
    assert.notInclude(xml, 'Unfinished thoughts')
  })

  test('escapes markup, ampersands and control characters in every field', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.merge({ username: `Tom & "Jerry" <b>` }).create()
    await ArticleFactory.merge({
      authorId: author.id,
      title: 'Fish & chips <script>alert(1)</script> ]]> \u0001',
      description: `"Quotes" & 'apostrophes' <img src=x onerror=alert(1)>`,
    })
      .with('tags', 1, (tag) => tag.merge({ name: '<tag&"quoted">' }))
      .create()

    const response = await client.get('/feed.xml')
    response.assertStatus(200)
    const xml = response.text()
    assert.deepEqual(xmlProblems(xml), [])
    assert.notInclude(xml, '<script>')
    assert.notInclude(xml, '<img')
    assert.include(xml, 'Fish &amp; chips &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; ')
    assert.include(xml, '<name>Tom &amp; &quot;Jerry&quot; &lt;b&gt;</name>')
    assert.include(xml, '<category term="&lt;tag&amp;&quot;quoted&quot;&gt;"/>')
  })

  test('answers a reader that has the current version with 304, and a changed feed in full', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').merge({ title: 'Polled' }).create()

    const first = await client.get('/feed.xml')
    first.assertStatus(200)
    const etag = first.header('etag') ?? ''
    assert.match(etag, /^W\/"[\w-]+"$/)

    const unchanged = await client.get('/feed.xml').header('if-none-match', etag)
    unchanged.assertStatus(304)
    assert.equal(unchanged.text(), '')

    // A retitle is something the reader has not seen yet.
    article.title = 'Polled, retitled'
    article.updatedAt = DateTime.now().plus({ seconds: 1 })
    await article.save()
    const changed = await client.get('/feed.xml').header('if-none-match', etag)
    changed.assertStatus(200)
    changed.assertTextIncludes('Polled, retitled')
    assert.notEqual(changed.header('etag'), etag)
  })

  test('is a valid empty feed when nothing is published', async ({ client, assert }) => {
    const response = await client.get('/feed.xml')
    const xml = response.text()
    assert.deepEqual(xmlProblems(xml), [])
    assert.include(xml, '<feed xmlns="http://www.w3.org/2005/Atom">')
    assert.notInclude(xml, '<entry>')
  })
})
