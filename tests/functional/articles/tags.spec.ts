import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { UserFactory } from '#database/factories/user_factory'
import CreateArticle from '#actions/articles/create_article'
import type Article from '#models/article'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

async function writeTagged(
  count: number,
  tags: string[],
  options: { published?: boolean; prefix?: string } = {}
) {
  const author = await UserFactory.create()
  const articles: Article[] = []
  for (let i = 1; i <= count; i++) {
    const article = await new CreateArticle().handle(author, {
      title: `${options.prefix ?? 'Tagged'} ${i}`,
      description: 'd',
      body: 'b',
      tags,
      published: options.published ?? true,
    })
    if (article.published) {
      // Distinct publication times make "newest first" observable.
      article.publishedAt = DateTime.now().minus({ minutes: count - i })
      await article.save()
    }
    articles.push(article)
  }
  return articles
}

test.group('Tag pages', (group) => {
  isolateDatabase(group)

  test('lists the published articles with that tag, newest first, 10 per page', async ({
    client,
    assert,
  }) => {
    await writeTagged(12, ['node', 'web'])
    await writeTagged(1, ['python'], { prefix: 'Other' })

    const first = await client.get(urlFor('articles.tags.show', { name: 'node' }))
    first.assertStatus(200)
    const html = first.text()
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1)
    assert.include(html, '12 articles')
    assert.equal(html.match(/class="card article-preview"/g)?.length, 10)
    assert.isBelow(html.indexOf('Tagged 12<'), html.indexOf('Tagged 3<'))
    assert.notInclude(html, 'Tagged 2<')
    assert.notInclude(html, 'Other 1')
    assert.include(html, 'href="/tags/node?page=2"')

    const second = await client.get(`${urlFor('articles.tags.show', { name: 'node' })}?page=2`)
    assert.equal(second.text().match(/class="card article-preview"/g)?.length, 2)
    second.assertTextIncludes('Tagged 1<')
  })

  test('never lists drafts, not even to their author', async ({ client, assert }) => {
    await writeTagged(1, ['mixed'], { prefix: 'Public' })
    const [draft] = await writeTagged(1, ['mixed'], { prefix: 'Secret', published: false })
    await draft.load('author')

    for (const request of [
      client.get(urlFor('articles.tags.show', { name: 'mixed' })),
      client.get(urlFor('articles.tags.show', { name: 'mixed' })).loginAs(draft.author),
    ]) {
      const response = await request
      response.assertStatus(200)
      assert.include(response.text(), 'Public 1')
      assert.notInclude(response.text(), 'Secret 1')
    }
  })

  test('answers 404 for an unknown tag and for a tag only drafts carry', async ({ client }) => {
    await writeTagged(1, ['hidden-topic'], { published: false })
    ;(await client.get(urlFor('articles.tags.show', { name: 'never-used' }))).assertStatus(404)
    ;(await client.get(urlFor('articles.tags.show', { name: 'hidden-topic' }))).assertStatus(404)
  })

  test('finds a tag whatever the case and spaces of the address', async ({ client }) => {
    await writeTagged(1, ['web dev'])
    ;(await client.get('/tags/Web%20Dev')).assertStatus(200)
    ;(await client.get('/tags/web%20dev')).assertTextIncludes('1 article')
  })

  test('never fails on an odd page number', async ({ client, assert }) => {
    await writeTagged(3, ['edge'])
    for (const page of ['0', '-1', 'abc', '2.5', '', '99999999999999999999']) {
      const response = await client.get(
        `${urlFor('articles.tags.show', { name: 'edge' })}?page=${page}`
      )
      response.assertStatus(200)
    }
    const zero = await client.get(`${urlFor('articles.tags.show', { name: 'edge' })}?page=0`)
    assert.equal(zero.text().match(/class="card article-preview"/g)?.length, 3)
    const beyond = await client.get(`${urlFor('articles.tags.show', { name: 'edge' })}?page=7`)
    beyond.assertStatus(200)
    beyond.assertTextIncludes('There are no articles on this page.')
  })
})
