import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import { faker } from '@faker-js/faker'
import { RandomPicks } from '#database/bulk_seed/random_picks'

/** Every bulk account signs in with this password. */
export const BULK_PASSWORD = 'password123'

/**
 * The statements of `node ace db:seed:bulk`: rows generated inside
 * PostgreSQL (INSERT ... SELECT over generate_series), a batch per call, so
 * 100,000 articles take seconds. Users are numbered after the highest id
 * already there, so repeated runs add new names.
 */
export class BulkInserts {
  constructor(private firstUserNumber: number) {}

  /** Numbers new users after the highest existing id. */
  static async start() {
    const highest = await db.rawQuery('SELECT coalesce(max(id), 0) + 1 AS next FROM users')
    return new BulkInserts(Number(highest.rows[0].next))
  }

  async insertUsers(from: number, count: number) {
    const password = await this.passwordHash()
    const first = this.firstUserNumber + from
    // The id-derived number keeps names unique across repeated runs.
    const result = await db.rawQuery(
      `INSERT INTO users (username, email, password, bio, location, role, is_active, created_at, updated_at)
       SELECT 'writer' || n, 'writer' || n || '@bulk.folio.test', ?,
              'Bulk-loaded writer number ' || n || '.', (ARRAY['Berlin','Lisbon','Oslo','Nairobi','Lima'])[1 + n % 5],
              'member', true, now() - (n % 700) * interval '1 day', now()
       FROM generate_series(?::int, ?::int) AS n
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [password, first, first + count - 1]
    )
    return result.rows.map((row: { id: number }) => row.id)
  }

  private passwordHashValue?: string
  private async passwordHash() {
    this.passwordHashValue ??= await hash.make(BULK_PASSWORD)
    return this.passwordHashValue
  }

  async insertTags(count: number) {
    const names = new Set<string>()
    for (let attempt = 0; names.size < count && attempt < count * 20; attempt++)
      names.add(faker.word.noun({ length: { min: 3, max: 12 } }).toLowerCase())
    const result = await db.rawQuery(
      `INSERT INTO tags (name) SELECT jsonb_array_elements_text(?::jsonb)
       ON CONFLICT (name) DO UPDATE SET name = excluded.name
       RETURNING id`,
      [JSON.stringify([...names])]
    )
    return result.rows.map((row: { id: number }) => row.id) as number[]
  }

  /**
   * Titles from a word pool, bodies from a pool of Markdown paragraphs, so
   * that search has real vocabulary to rank without per-row JS work.
   */
  private textPools() {
    const words = Array.from({ length: 400 }, () =>
      faker.word.sample({ length: { min: 4, max: 11 } })
    )
    const paragraphs = Array.from({ length: 120 }, (_, i) => {
      const text = faker.lorem
        .paragraph({ min: 3, max: 7 })
        .replace(/\b(\w+)\b/, (w) => faker.hacker.noun() + ' ' + w)
      if (i % 5 === 0) return `## ${faker.hacker.phrase().replace(/[.!]$/, '')}\n\n${text}`
      if (i % 7 === 0)
        return `${text}\n\n- ${faker.hacker.verb()} the ${faker.hacker.noun()}\n- \`${faker.hacker.abbreviation()}\``
      return text
    })
    const descriptions = Array.from({ length: 200 }, () => faker.hacker.phrase())
    return { words, paragraphs, descriptions }
  }

  private pools?: ReturnType<BulkInserts['textPools']>

  async insertArticles(count: number, userIds: number[]) {
    this.pools ??= this.textPools()
    const { words, paragraphs, descriptions } = this.pools
    const sql = new RandomPicks()
    const suffix = faker.string.alphanumeric({ length: 6, casing: 'lower' })
    // Bindings are positional: build the picks in the order they appear below.
    const author = sql.pick(userIds, 'int')
    const title = [1, 2, 3, 4].map(() => sql.pick(words, 'text')).join(" || ' ' || ")
    const description = sql.pick(descriptions, 'text')
    const body = [1, 2, 3].map(() => sql.pick(paragraphs, 'text')).join(" || E'\\n\\n' || ")
    const result = await db.rawQuery(
      `INSERT INTO articles (author_id, slug, title, description, body, published, published_at, views, created_at, updated_at)
       SELECT author_id, lower(regexp_replace(title, '[^a-zA-Z0-9]+', '-', 'g')) || '-${suffix}-' || g,
              title, description, body, published, CASE WHEN published THEN at END, views,
              at - interval '1 hour', at
       FROM (
         SELECT g,
                ${author} AS author_id,
                initcap(${title}) AS title,
                ${description} AS description,
                ${body} AS body,
                random() < 0.9 AS published,
                floor(random() * random() * 5000)::int AS views,
                now() - random() * interval '730 days' AS at
         FROM generate_series(1, ${count}) AS g
       ) AS generated
       RETURNING id`,
      sql.bindings
    )
    return result.rows.map((row: { id: number }) => row.id)
  }

  /** One to three tags per article; low tag ids are the popular ones. */
  async tagArticles(articleIds: number[], tagIds: number[]) {
    const sql = new RandomPicks()
    const tag = sql.pick(tagIds, 'int', 2)
    await db.rawQuery(
      `INSERT INTO article_tags (article_id, tag_id)
       SELECT a::int, ${tag} FROM jsonb_array_elements_text(?::jsonb) AS a, generate_series(1, 3) AS k
       WHERE k = 1 OR random() < 0.5
       ON CONFLICT DO NOTHING`,
      [...sql.bindings, JSON.stringify(articleIds)]
    )
  }

  async insertComments(count: number, articleIds: number[], userIds: number[]) {
    this.pools ??= this.textPools()
    const sql = new RandomPicks()
    await db.rawQuery(
      `INSERT INTO comments (article_id, author_id, body, status, created_at, updated_at)
       SELECT ${sql.pick(articleIds, 'int')}, ${sql.pick(userIds, 'int')}, ${sql.pick(this.pools.descriptions, 'text')},
              CASE WHEN random() < 0.02 THEN 'hidden' ELSE 'visible' END,
              now() - random() * interval '365 days', now()
       FROM generate_series(1, ${count})`,
      sql.bindings
    )
  }

  /**
   * The favorites trigger would update one article row per favorite; for a
   * bulk load it is paused inside the transaction and the counters are
   * recomputed set-wise before it is switched back on.
   */
  async insertFavorites(count: number, articleIds: number[], userIds: number[]) {
    await db.transaction(async (trx) => {
      await trx.rawQuery('ALTER TABLE favorites DISABLE TRIGGER favorites_count_sync')
      // A few articles collect most favorites, as in real life.
      const sql = new RandomPicks()
      const inserted = await trx.rawQuery(
        `INSERT INTO favorites (user_id, article_id, created_at)
         SELECT ${sql.pick(userIds, 'int')}, ${sql.pick(articleIds, 'int', 3)}, now() - random() * interval '365 days'
         FROM generate_series(1, ${count})
         ON CONFLICT DO NOTHING
         RETURNING article_id`,
        sql.bindings
      )
      const touched = [
        ...new Set(inserted.rows.map((row: { article_id: number }) => row.article_id)),
      ]
      await trx.rawQuery(
        `UPDATE articles SET favorites_count = counted.total
         FROM (SELECT article_id, count(*)::int AS total FROM favorites
               WHERE article_id IN (SELECT jsonb_array_elements_text(?::jsonb)::int) GROUP BY article_id) AS counted
         WHERE articles.id = counted.article_id`,
        [JSON.stringify(touched)]
      )
      await trx.rawQuery('ALTER TABLE favorites ENABLE TRIGGER favorites_count_sync')
    })
  }

  async insertFollows(count: number, userIds: number[]) {
    const sql = new RandomPicks()
    await db.rawQuery(
      `INSERT INTO follows (follower_id, followed_id, created_at)
       SELECT follower, followed, now() FROM (
         SELECT ${sql.pick(userIds, 'int')} AS follower, ${sql.pick(userIds, 'int', 2)} AS followed
         FROM generate_series(1, ${count})
       ) AS pairs
       WHERE follower <> followed
       ON CONFLICT DO NOTHING`,
      sql.bindings
    )
  }
}
