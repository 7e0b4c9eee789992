import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { appUrl } from '#config/app'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { ARTICLES_PER_SITEMAP } from '#queries/sitemap'
import { articleSitemapChunks, pagesSitemapChunks } from '#services/sitemap'
import { xmlProblems } from '#tests/functional/main/xml_check'
import { urlFor } from '#tests/support/routes'

function locations(xml: string) {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])
}

async function collect(chunks: AsyncGenerator<string>) {
  let xml = ''
  for await (const chunk of chunks) xml += chunk
  return xml
}

/** The article sitemap that lists article `id`. */
const partOf = (id: number) => Math.ceil(id / ARTICLES_PER_SITEMAP)

test.group('Sitemap', (group) => {
  isolateDatabase(group)

  test('is an index of the pages sitemap and one sitemap per block of article ids', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const [{ last }] = await db.from('articles').where('published', true).max('id as last')

    const response = await client.get('/sitemap.xml')
    response.assertStatus(200)
    response.assertHeader('content-type', 'application/xml; charset=utf-8')
    const xml = response.text()
    assert.deepEqual(xmlProblems(xml), [])
    assert.include(xml, '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    assert.deepEqual(locations(xml), [
      `${appUrl}/sitemaps/pages.xml`,
      ...Array.from(
        { length: partOf(Number(last)) },
        (_, index) => `${appUrl}/sitemaps/articles/${index + 1}`
      ),
    ])
    assert.include(locations(xml), `${appUrl}/sitemaps/articles/${partOf(article.id)}`)
  })

  test('lists the public pages, published articles, their authors and tags', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.merge({ username: 'mapwriter' }).create()
    const drafter = await UserFactory.merge({ username: 'onlydrafts' }).create()
    const article = await ArticleFactory.merge({ authorId: writer.id, slug: 'mapped-article' })
      .with('tags', 1, (tag) => tag.merge({ name: 'web dev' }))
      .create()
    const draft = await ArticleFactory.apply('draft')
      .merge({ authorId: drafter.id, slug: 'hidden-draft' })
      .with('tags', 1, (tag) => tag.merge({ name: 'secret-tag' }))
      .create()

    const pages = await client.get('/sitemaps/pages.xml')
    pages.assertStatus(200)
    pages.assertHeader('content-type', 'application/xml; charset=utf-8')
    assert.deepEqual(xmlProblems(pages.text()), [])
    assert.include(pages.text(), '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    assert.sameMembers(locations(pages.text()), [
      `${appUrl}/`,
      `${appUrl}/about`,
      `${appUrl}/profiles/mapwriter`,
      `${appUrl}/tags/web%20dev`,
    ])

    const articles = await client.get(`/sitemaps/articles/${partOf(article.id)}`)
    articles.assertStatus(200)
    assert.deepEqual(xmlProblems(articles.text()), [])
    assert.include(locations(articles.text()), `${appUrl}/articles/${article.slug}`)
    assert.notInclude(articles.text(), draft.slug)
    assert.match(articles.text(), /<lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/)
  })

  test('robots.txt points crawlers at the sitemap by its absolute address', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/robots.txt')
    response.assertStatus(200)
    response.assertHeader('content-type', 'text/plain; charset=utf-8')
    assert.include(response.text(), 'User-agent: *')
    assert.include(response.text(), `Sitemap: ${appUrl}/sitemap.xml`)
  })

  test('answers 404 for an article sitemap that does not exist', async ({ client }) => {
    const article = await ArticleFactory.with('author').create()
    for (const part of [0, partOf(article.id) + 1, 'x']) {
      const response = await client.get(`/sitemaps/articles/${part}`)
      response.assertStatus(404)
    }
  })

  test('leaves out deactivated authors', async ({ client, assert }) => {
    const gone = await UserFactory.apply('inactive').merge({ username: 'gone' }).create()
    await ArticleFactory.merge({ authorId: gone.id }).create()
    const response = await client.get('/sitemaps/pages.xml')
    response.assertStatus(200)
    assert.notInclude(response.text(), urlFor('profiles.show', { username: 'gone' }))
  })

  test('reads rows in batches and stops at the URL limit', async ({ assert }) => {
    const author = await UserFactory.create()
    const articles = await ArticleFactory.merge({ authorId: author.id }).createMany(30)
    const tags = await db
      .table('tags')
      .multiInsert(Array.from({ length: 5 }, (_, index) => ({ name: `limit-tag-${index}` })))
      .returning('id')
    await db
      .table('article_tags')
      .multiInsert(tags.map((tag) => ({ article_id: articles[0].id, tag_id: tag.id })))

    // 2 static pages + 1 profile + 5 tags, read 2 rows at a time; then cut at 5.
    const pages = await collect(pagesSitemapChunks({ batchSize: 2 }))
    assert.deepEqual(xmlProblems(pages), [])
    assert.lengthOf(locations(pages), 8)
    const capped = await collect(pagesSitemapChunks({ limit: 5, batchSize: 2 }))
    assert.deepEqual(xmlProblems(capped), [])
    assert.lengthOf(locations(capped), 5)

    // 30 articles, read 4 at a time, each in the sitemap of its id block.
    const parts = [...new Set(articles.map((article) => partOf(article.id)))]
    const listed: string[] = []
    for (const part of parts) {
      const xml = await collect(articleSitemapChunks(part, { batchSize: 4 }))
      assert.deepEqual(xmlProblems(xml), [])
      listed.push(...locations(xml))
    }
    assert.sameMembers(
      listed.filter((url) => articles.some((article) => url.endsWith(`/${article.slug}`))),
      articles.map((article) => `${appUrl}/articles/${article.slug}`)
    )
    assert.lengthOf(new Set(listed), listed.length, 'no URL twice across batches')
  })
})
