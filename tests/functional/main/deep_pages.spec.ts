import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import CreateArticle from '#actions/articles/create_article'
import UnpublishArticle from '#actions/articles/unpublish_article'
import Article from '#models/article'
import { UserFactory } from '#database/factories/user_factory'
import { FEED_ANCHOR_STRIDE } from '#queries/feed_anchors'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

const FEED_SIZE = FEED_ANCHOR_STRIDE * 2 + 100

/** The published feed's slugs at `offset`, straight from SQL. */
async function expectedSlugs(offset: number, limit: number) {
  const rows = await db
    .from('articles')
    .where('published', true)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .offset(offset)
    .limit(limit)
    .select('slug')
  return rows.map((row) => row.slug as string)
}

/**
 * Deep pages of the published feed start from remembered positions; they
 * must show exactly what plain OFFSET paging shows, also right after the
 * feed changes.
 */
test.group('Deep pages of the published feed', (group) => {
  isolateDatabase(group)

  group.each.setup(async () => {
    const author = await UserFactory.create()
    // Two articles share each publication time (microseconds included), so
    // the id must break ties exactly as the index orders them.
    await db.rawQuery(
      `INSERT INTO articles (author_id, slug, title, description, body, published, published_at, created_at, updated_at)
       SELECT ?, 'deep-' || n, 'Deep ' || n, 'd', 'b', n % 10 <> 0,
              timestamptz '2026-01-01 00:00:00.000001+00' + (n / 2) * interval '1.000007 second',
              now(), now()
       FROM generate_series(1, ?) AS n`,
      [author.id, FEED_SIZE]
    )
  })

  test('show the same articles as plain offset paging, at and around remembered positions', async ({
    client,
    assert,
  }) => {
    for (const offset of [
      0,
      FEED_ANCHOR_STRIDE - 5,
      FEED_ANCHOR_STRIDE,
      FEED_ANCHOR_STRIDE + 13,
      FEED_ANCHOR_STRIDE * 2 - 1,
      FEED_ANCHOR_STRIDE * 2 + 50,
    ]) {
      const response = await client.get(`/api/v1/articles?limit=20&offset=${offset}`)
      response.assertStatus(200)
      assert.deepEqual(
        response.body().articles.map((article: { slug: string }) => article.slug),
        await expectedSlugs(offset, 20),
        `offset ${offset}`
      )
    }

    // The home page pages through the same feed, 10 to a page.
    const page = FEED_ANCHOR_STRIDE / 10 + 2
    const home = await client.get(`${urlFor('main.home')}?page=${page}`)
    home.assertStatus(200)
    for (const slug of await expectedSlugs((page - 1) * 10, 10)) {
      home.assertTextIncludes(`${urlFor('articles.show', { slug })}"`)
    }
  })

  test('follow the feed when an article is published or unpublished', async ({
    client,
    assert,
  }) => {
    const offset = FEED_ANCHOR_STRIDE + 10
    const slugsAt = async () => {
      const response = await client.get(`/api/v1/articles?limit=5&offset=${offset}`)
      return response.body().articles.map((article: { slug: string }) => article.slug)
    }
    const before = await slugsAt()
    assert.deepEqual(before, await expectedSlugs(offset, 5))

    // A new article goes on top: everything moves one place down.
    await new CreateArticle().handle(await UserFactory.create(), {
      title: 'Fresh news',
      description: 'd',
      body: 'b',
      tags: [],
    })
    const afterPublishing = await slugsAt()
    assert.deepEqual(afterPublishing, await expectedSlugs(offset, 5))
    assert.deepEqual(afterPublishing.slice(1), before.slice(0, 4))

    // Unpublishing two articles near the top moves everything two places up.
    const top = await Article.query()
      .where('published', true)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(2)
    for (const article of top) await new UnpublishArticle().handle(article)
    const afterUnpublishing = await slugsAt()
    assert.deepEqual(afterUnpublishing, await expectedSlugs(offset, 5))
    assert.deepEqual(afterUnpublishing.slice(0, 3), afterPublishing.slice(2))
  })
})
