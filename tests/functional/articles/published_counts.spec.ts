import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import db from '@adonisjs/lucid/services/db'
import pg from 'pg'
import databaseConfig from '#config/database'
import { UserFactory } from '#database/factories/user_factory'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import UnpublishArticle from '#actions/articles/unpublish_article'
import Tag from '#models/tag'
import type User from '#models/user'
import { isolateDatabase } from '#tests/support/database'

/** The counters as the database keeps them. */
async function keptCounts() {
  const tags = await Tag.query().orderBy('name')
  return {
    site: Number((await db.from('article_totals').select('published').first())?.published ?? 0),
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

/**
 * Two writers at once, on their own connections and committing for real: an
 * article published while a tag is added to it (and the reverse), and one
 * unpublished while a tag is removed. The tag-link triggers read the article
 * FOR SHARE, so whichever writer comes second sees what the first committed.
 */
interface RaceIds {
  user: number
  article: number
  early: number
  late: number
}

/** One write of the races below, on the article and tags `ids` name. */
interface Statement {
  sql: string
  values: (ids: RaceIds) => unknown[]
}

const PUBLISH: Statement = {
  sql: 'UPDATE articles SET published = true, published_at = now() WHERE id = $1',
  values: (ids) => [ids.article],
}
const UNPUBLISH: Statement = {
  sql: 'UPDATE articles SET published = false WHERE id = $1',
  values: (ids) => [ids.article],
}
const ADD_LATE_TAG: Statement = {
  sql: 'INSERT INTO article_tags (article_id, tag_id) VALUES ($1, $2)',
  values: (ids) => [ids.article, ids.late],
}
const REMOVE_EARLY_TAG: Statement = {
  sql: 'DELETE FROM article_tags WHERE article_id = $1 AND tag_id = $2',
  values: (ids) => [ids.article, ids.early],
}

/** The app's own connection settings, for clients outside Lucid's pool (and its test transaction). */
const connectionSettings = databaseConfig.connections.postgres.connection as pg.ClientConfig

test.group('Kept counts of published articles, with concurrent writers', (group) => {
  let first: pg.Client
  let second: pg.Client
  let ids: RaceIds

  group.each.setup(async () => {
    first = new pg.Client(connectionSettings)
    second = new pg.Client(connectionSettings)
    await Promise.all([first.connect(), second.connect()])
    const name = `race-${process.pid}-${Date.now()}`
    const { rows } = await first.query(
      `WITH author AS (
         INSERT INTO users (username, email, password, role, is_active, created_at, updated_at)
         VALUES ($1, $2, 'x', 'member', true, now(), now()) RETURNING id
       ), article AS (
         INSERT INTO articles (author_id, slug, title, description, body, published, created_at, updated_at)
         SELECT id, $1, 'Race', 'd', 'b', false, now(), now() FROM author RETURNING id, author_id
       ), early AS (
         INSERT INTO tags (name) VALUES ($3) RETURNING id
       ), late AS (
         INSERT INTO tags (name) VALUES ($4) RETURNING id
       )
       SELECT article.author_id AS user, article.id AS article, early.id AS early, late.id AS late
       FROM article, early, late`,
      [name, `${name}@race.folio.test`, `early-${name}`, `late-${name}`]
    )
    ids = rows[0]
    await first.query('INSERT INTO article_tags (article_id, tag_id) VALUES ($1, $2)', [
      ids.article,
      ids.early,
    ])
    return async () => {
      // A failed test may leave a writer mid-transaction: end both first.
      await Promise.all([first.query('ROLLBACK'), second.query('ROLLBACK')])
      await first.query('DELETE FROM users WHERE id = $1', [ids.user])
      await first.query('DELETE FROM tags WHERE id IN ($1, $2)', [ids.early, ids.late])
      await Promise.all([first.end(), second.end()])
    }
  })

  async function tagCounts() {
    const { rows } = await first.query(
      'SELECT id, published_articles_count AS count FROM tags WHERE id IN ($1, $2)',
      [ids.early, ids.late]
    )
    const count = (id: number) => rows.find((row) => row.id === id)?.count
    return { early: count(ids.early), late: count(ids.late) }
  }

  /**
   * `earlier` runs in an open transaction on one connection; `later`, on the
   * other, must wait until that commits, and then commits too.
   */
  async function race(earlier: Statement, later: Statement, assert: Assert) {
    await first.query('BEGIN')
    await first.query(earlier.sql, earlier.values(ids))
    await second.query('BEGIN')
    let finished = false
    const running = second.query(later.sql, later.values(ids)).then(() => (finished = true))
    await new Promise((resolve) => setTimeout(resolve, 150))
    const waited = !finished
    await first.query('COMMIT')
    await running
    await second.query('COMMIT')
    assert.isTrue(waited, 'the second writer waits for the first to commit')
  }

  test('publishing while a tag is added counts both tags', async ({ assert }) => {
    await race(PUBLISH, ADD_LATE_TAG, assert)
    assert.deepEqual(await tagCounts(), { early: 1, late: 1 })
  })

  test('adding a tag while the article is published counts both tags', async ({ assert }) => {
    await race(ADD_LATE_TAG, PUBLISH, assert)
    assert.deepEqual(await tagCounts(), { early: 1, late: 1 })
  })

  test('unpublishing while a tag is removed never counts it twice', async ({ assert }) => {
    await first.query(PUBLISH.sql, PUBLISH.values(ids))
    assert.deepEqual(await tagCounts(), { early: 1, late: 0 })

    await race(UNPUBLISH, REMOVE_EARLY_TAG, assert)
    assert.deepEqual(await tagCounts(), { early: 0, late: 0 })
  })
})
