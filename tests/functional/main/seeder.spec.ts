import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import MainSeeder, { DEMO_PASSWORD } from '#database/seeders/main_seeder'
import { isolateDatabase } from '#tests/support/database'

async function counts() {
  const tables = ['users', 'articles', 'tags', 'article_tags', 'comments', 'favorites', 'follows']
  const result: Record<string, number> = {}
  for (const table of tables) {
    const [row] = await db.from(table).count('* as total')
    result[table] = Number(row.total)
  }
  const [extra] = await db
    .from('articles')
    .select(
      db.raw('count(*) filter (where not published)::int as drafts'),
      db.raw('sum(favorites_count)::int as favorite_counters')
    )
  const [hidden] = await db.from('comments').where('status', 'hidden').count('* as total')
  result.drafts = Number(extra.drafts)
  result.favoriteCounters = Number(extra.favorite_counters)
  result.hidden = Number(hidden.total)
  return result
}

test.group('Demo seeder', (group) => {
  isolateDatabase(group)
  group.each.timeout(60_000)

  test('builds a believable site and changes nothing when run again', async ({ assert }) => {
    await new MainSeeder(db.connection()).run()
    const first = await counts()

    assert.isAtLeast(first.users, 10)
    assert.isAtLeast(first.articles, 60)
    assert.isAtLeast(first.drafts, 3)
    assert.isAtLeast(first.comments, 20)
    assert.isAtLeast(first.hidden, 2)
    assert.isAtLeast(first.follows, 10)
    assert.isAtLeast(first.favorites, 20)
    assert.equal(
      first.favoriteCounters,
      first.favorites,
      'favorites_count follows the favorites table'
    )

    await new MainSeeder(db.connection()).run()
    assert.deepEqual(await counts(), first)
  })

  test('creates the demo accounts listed in the README', async ({ assert }) => {
    await new MainSeeder(db.connection()).run()
    for (const [email, role] of [
      ['admin@folio.test', 'admin'],
      ['moderator@folio.test', 'moderator'],
      ['alice@folio.test', 'member'],
    ]) {
      const user = await User.findByOrFail('email', email)
      assert.equal(user.role, role)
      assert.isTrue(await hash.verify(user.password, DEMO_PASSWORD))
    }
  })

  test('writes Markdown with headings, lists, code, links and quotes', async ({ assert }) => {
    await new MainSeeder(db.connection()).run()
    const [article] = await db.from('articles').where('published', true).orderBy('id').limit(1)
    assert.match(article.body, /^## /m)
    assert.match(article.body, /^- /m)
    assert.match(article.body, /^```/m)
    assert.match(article.body, /\[[^\]]+\]\(https:\/\/[^)]+\)/)
    assert.match(article.body, /^> /m)
  })
})
