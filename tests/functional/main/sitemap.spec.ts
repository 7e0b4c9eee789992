import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { appUrl } from '#config/app'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/helpers'
import { sitemapChunks } from '#services/sitemap'
import { xmlProblems } from '#tests/functional/main/xml_check'

function locations(xml: string) {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])
}

test.group('Sitemap', (group) => {
  isolateDatabase(group)

  test('lists published articles, their authors and their tags with absolute URLs', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.merge({ username: 'mapwriter' }).create()
    const drafter = await UserFactory.merge({ username: 'onlydrafts' }).create()
    const article = await ArticleFactory.merge({ authorId: writer.id, slug: 'mapped-article' })
      .with('tags', 1, (tag) => tag.merge({ name: 'web dev' }))
      .create()
    await ArticleFactory.apply('draft')
      .merge({ authorId: drafter.id, slug: 'hidden-draft' })
      .with('tags', 1, (tag) => tag.merge({ name: 'secret-tag' }))
      .create()

    const response = await client.get('/sitemap.xml')
    response.assertStatus(200)
    response.assertHeader('content-type', 'application/xml; charset=utf-8')
    const xml = response.text()
    assert.deepEqual(xmlProblems(xml), [])
    assert.include(xml, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    assert.sameMembers(locations(xml), [
      `${appUrl}/`,
      `${appUrl}/about`,
      `${appUrl}/profiles/mapwriter`,
      `${appUrl}/tags/web%20dev`,
      `${appUrl}/articles/${article.slug}`,
    ])
    assert.match(xml, /<lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/)
  })

  test('leaves out deactivated authors', async ({ client, assert }) => {
    const gone = await UserFactory.apply('inactive').merge({ username: 'gone' }).create()
    await ArticleFactory.merge({ authorId: gone.id }).create()
    const response = await client.get('/sitemap.xml')
    response.assertStatus(200)
    assert.notInclude(response.text(), '/profiles/gone')
  })

  test('stops at the URL limit, reading rows in batches', async ({ assert }) => {
    const author = await UserFactory.create()
    await ArticleFactory.merge({ authorId: author.id }).createMany(30)
    const tags = await db
      .table('tags')
      .multiInsert(Array.from({ length: 5 }, (_, index) => ({ name: `limit-tag-${index}` })))
      .returning('id')
    const [first] = await db.from('articles').select('id').limit(1)
    await db
      .table('article_tags')
      .multiInsert(tags.map((tag) => ({ article_id: first.id, tag_id: tag.id })))

    const render = async (options: { limit?: number; batchSize?: number }) => {
      let xml = ''
      for await (const chunk of sitemapChunks('https://folio.example', options)) xml += chunk
      assert.deepEqual(xmlProblems(xml), [])
      return locations(xml)
    }

    // 2 static pages + 1 profile + 5 tags + 30 articles, read 4 rows at a time.
    const all = await render({ batchSize: 4 })
    assert.lengthOf(all, 38)
    assert.lengthOf(new Set(all), 38, 'no URL twice across batches')
    assert.isTrue(all.every((url) => url.startsWith('https://folio.example/')))

    const capped = await render({ limit: 25, batchSize: 4 })
    assert.lengthOf(capped, 25)
    assert.lengthOf(
      capped.filter((url) => url.includes('/tags/')),
      5,
      'tags are kept when articles are cut'
    )
  })

  test('lists every article when several share a millisecond of publication', async ({
    assert,
  }) => {
    const author = await UserFactory.create()
    // Microseconds apart, as bulk loads and SQL write them (a JS Date keeps milliseconds only).
    await db.rawQuery(
      `INSERT INTO articles (author_id, slug, title, description, body, published, published_at, created_at, updated_at)
       SELECT ?, 'same-ms-' || n, 'Same ms ' || n, 'd', 'b', true,
              timestamptz '2026-03-01 12:00:00.123000+00' + n * interval '1 microsecond', now(), now()
       FROM generate_series(1, 9) AS n`,
      [author.id]
    )
    let xml = ''
    for await (const chunk of sitemapChunks('https://folio.example', { batchSize: 2 })) xml += chunk
    const articles = locations(xml).filter((url) => url.includes('/articles/same-ms-'))
    assert.lengthOf(articles, 9)
  })
})
