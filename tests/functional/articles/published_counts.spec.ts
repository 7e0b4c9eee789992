import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { UserFactory } from '#database/factories/user_factory'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import UnpublishArticle from '#actions/articles/unpublish_article'
import Article from '#models/article'
import Tag from '#models/tag'
import type User from '#models/user'
import { isolateDatabase } from '#tests/helpers'

/** The counters as the database keeps them. */
async function keptCounts() {
  const tags = await Tag.query().orderBy('name')
  return {
    site: (await Article.publishedFeedState()).count,
    tags: Object.fromEntries(tags.map((tag) => [tag.name, tag.publishedArticlesCount])),
  }
}

/** The same numbers, counted from scratch. */
async function countedCounts() {
  const [site] = await db.from('articles').where('published', true).count('* as total')
  const tags = await db
    .from('tags')
    .leftJoin('article_tags', 'article_tags.tag_id', 'tags.id')
    .leftJoin('articles', (join) =>
      join.on('articles.id', 'article_tags.article_id').andOnVal('articles.published', true)
    )
    .groupBy('tags.name')
    .orderBy('tags.name')
    .select('tags.name')
    .count('articles.id as total')
  return {
    site: Number(site.total),
    tags: Object.fromEntries(tags.map((row) => [row.name, Number(row.total)])),
  }
}

function write(author: User, tags: string[], published = true) {
  return new CreateArticle().handle(author, {
    title: `About ${tags.join(' and ') || 'nothing'}`,
    description: 'd',
    body: 'b',
    tags,
    published,
  })
}

test.group('Kept counts of published articles', (group) => {
  isolateDatabase(group)

  test('follow publishing, drafts, retagging and deletion', async ({ assert }) => {
    const before = await keptCounts()
    const expectSite = async (added: number) => {
      const kept = await keptCounts()
      assert.deepEqual(kept, await countedCounts())
      assert.equal(kept.site, before.site + added)
      return kept.tags
    }

    const author = await UserFactory.create()
    const first = await write(author, ['alpha', 'beta'])
    const draft = await write(author, ['alpha'], false)
    let tags = await expectSite(1)
    assert.include(tags, { alpha: 1, beta: 1 })

    await new UpdateArticle().handle(draft, { published: true, tags: ['alpha', 'gamma'] })
    tags = await expectSite(2)
    assert.include(tags, { alpha: 2, beta: 1, gamma: 1 })

    await new UpdateArticle().handle(first, { tags: ['gamma'] })
    tags = await expectSite(2)
    assert.include(tags, { alpha: 1, beta: 0, gamma: 2 })

    await new UnpublishArticle().handle(first)
    tags = await expectSite(1)
    assert.include(tags, { alpha: 1, gamma: 1 })

    // Deleting a draft changes nothing; deleting a published article counts it out.
    await new DeleteArticle().handle(first)
    tags = await expectSite(1)
    await new DeleteArticle().handle(draft)
    tags = await expectSite(0)
    assert.include(tags, { alpha: 0, beta: 0, gamma: 0 })
  })

  test('follow the cascade when an author is deleted', async ({ assert }) => {
    const before = await keptCounts()
    const author = await UserFactory.create()
    await write(author, ['delta', 'epsilon'])
    await write(author, ['delta'])
    await write(author, ['delta'], false)
    assert.include((await keptCounts()).tags, { delta: 2, epsilon: 1 })

    await author.delete()

    const kept = await keptCounts()
    assert.deepEqual(kept, await countedCounts())
    assert.equal(kept.site, before.site)
    assert.include(kept.tags, { delta: 0, epsilon: 0 })
  })

  test('stay exact through set-based SQL, as a bulk load writes', async ({ assert }) => {
    const before = await keptCounts()
    const author = await UserFactory.create()
    const [bulk] = await Tag.createMany([{ name: 'bulk-one' }, { name: 'bulk-two' }])

    const inserted = await db.rawQuery(
      `INSERT INTO articles (author_id, slug, title, description, body, published, published_at, created_at, updated_at)
       SELECT ?, 'bulk-count-' || n, 'Bulk ' || n, 'd', 'b', n % 4 <> 0, now(), now(), now()
       FROM generate_series(1, 200) AS n
       RETURNING id`,
      [author.id]
    )
    const ids = inserted.rows.map((row: { id: number }) => row.id)
    await db.rawQuery(
      `INSERT INTO article_tags (article_id, tag_id)
       SELECT articles.id, tag.id FROM articles, tags AS tag
       WHERE articles.id = ANY(?) AND tag.name IN ('bulk-one', 'bulk-two')`,
      [ids]
    )
    let kept = await keptCounts()
    assert.deepEqual(kept, await countedCounts())
    assert.equal(kept.site, before.site + 150)
    assert.include(kept.tags, { 'bulk-one': 150, 'bulk-two': 150 })

    // Unpublish a set at once, drop one tag's links, then delete the rest.
    await db.rawQuery('UPDATE articles SET published = false WHERE id = ANY(?) AND id % 2 = 0', [
      ids,
    ])
    await db.from('article_tags').where('tag_id', bulk.id).delete()
    kept = await keptCounts()
    assert.deepEqual(kept, await countedCounts())
    assert.equal(kept.tags['bulk-one'], 0)

    await db.from('articles').whereIn('id', ids).delete()
    kept = await keptCounts()
    assert.deepEqual(kept, await countedCounts())
    assert.equal(kept.site, before.site)
    assert.equal(kept.tags['bulk-two'], 0)
  })

  test('can be rebuilt from scratch after a manual repair', async ({ assert }) => {
    const author = await UserFactory.create()
    await write(author, ['zeta'])
    await db.rawQuery('UPDATE article_totals SET published = published + 40')
    await db.from('tags').where('name', 'zeta').update({ published_articles_count: 7 })
    assert.notDeepEqual(await keptCounts(), await countedCounts())

    await db.rawQuery('SELECT recount_published_articles()')

    const kept = await keptCounts()
    assert.deepEqual(kept, await countedCounts())
    assert.equal(kept.tags.zeta, 1)
  })
})
