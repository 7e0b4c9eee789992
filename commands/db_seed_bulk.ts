import { writeFile, mkdir } from 'node:fs/promises'
import { dirname, isAbsolute } from 'node:path'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import { faker } from '@faker-js/faker'
import User from '#models/user'

/** Rows per INSERT ... SELECT statement: big enough to be fast, small enough to show progress. */
const BATCH = 10_000

/** Every bulk account signs in with this password. */
export const BULK_PASSWORD = 'password123'

/**
 * Loads a large data set for benchmarks and scale checks: users, articles
 * with tags and Markdown, comments, favorites and follows. The rows are
 * generated inside PostgreSQL (INSERT ... SELECT over generate_series), so
 * 100,000 articles take seconds; it adds to whatever is already there.
 */
export default class DbSeedBulk extends BaseCommand {
  static commandName = 'db:seed:bulk'
  static description = 'Bulk-load users, articles, comments, favorites and follows for benchmarks'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Users to add', default: 1000 })
  declare users: number

  @flags.number({ description: 'Articles to add (about 10% drafts)', default: 100_000 })
  declare articles: number

  @flags.number({ description: 'Comments to add (about 2% hidden)', default: 300_000 })
  declare comments: number

  @flags.number({ description: 'Favorites to add (default: one per article)' })
  declare favorites?: number

  @flags.number({ description: 'Follows per new user', default: 10 })
  declare followsPerUser: number

  @flags.number({ description: 'Distinct tags to use', default: 60 })
  declare tags: number

  @flags.number({ description: 'Also create API tokens for this many of the new users' })
  declare apiTokens?: number

  @flags.string({
    description: 'JSON file that receives the API tokens',
    default: 'tmp/bench/tokens.json',
  })
  declare tokensFile: string

  @flags.number({ description: 'Batches loaded in parallel (database connections)', default: 2 })
  declare jobs: number

  async run() {
    const started = Date.now()
    faker.seed(42)

    const highest = await db.rawQuery('SELECT coalesce(max(id), 0) + 1 AS next FROM users')
    this.firstUserNumber = Number(highest.rows[0].next)
    const users = await this.step('users', this.users, (from, count) =>
      this.insertUsers(from, count)
    )
    if (!users.ids.length) {
      this.logger.error('no users to write articles; pass --users > 0 or seed some first')
      this.exitCode = 1
      return
    }
    const tagIds = await this.insertTags()
    const articles = await this.step('articles', this.articles, (_from, count) =>
      this.insertArticles(count, users.ids)
    )
    if (articles.ids.length) {
      await this.step('tags on articles', articles.ids.length, (from, count) =>
        this.tagArticles(articles.ids.slice(from, from + count), tagIds)
      )
      await this.step('comments', this.comments, (_from, count) =>
        this.insertComments(count, articles.ids, users.ids)
      )
      await this.step(
        'favorites',
        this.favorites ?? this.articles,
        (_from, count) => this.insertFavorites(count, articles.ids, users.ids),
        1
      )
    }
    await this.step('follows', users.ids.length * this.followsPerUser, (_from, count) =>
      this.insertFollows(count, users.ids)
    )

    const analyze = this.logger.await('updating planner statistics (VACUUM ANALYZE)')
    analyze.start()
    await db.rawQuery(
      'VACUUM (ANALYZE) users, articles, tags, article_tags, comments, favorites, follows'
    )
    analyze.stop()

    if (this.apiTokens) await this.writeTokens(users.ids.slice(0, this.apiTokens))

    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    this.logger.success(
      `added ${users.ids.length} users, ${articles.ids.length} articles, ${this.comments} comments in ${seconds}s`
    )
  }

  /**
   * Runs `insert` batch by batch, `jobs` batches at a time (each on its own
   * connection: PostgreSQL computes the search documents on several cores),
   * with a progress bar; collects the new ids the batches return.
   */
  private async step(
    label: string,
    total: number,
    insert: (from: number, count: number) => Promise<number[] | void>,
    jobs = Math.max(1, this.jobs)
  ) {
    const ids: number[] = []
    const started = Date.now()
    const progress = this.progress(label, total)
    let queued = 0
    let done = 0
    const worker = async () => {
      while (queued < total) {
        const from = queued
        const count = Math.min(BATCH, total - from)
        queued += count
        const inserted = await insert(from, count)
        if (inserted) ids.push(...inserted)
        done += count
        progress(done, Date.now() - started)
      }
    }
    await Promise.all(Array.from({ length: jobs }, worker))
    return { ids }
  }

  /** A one-line bar on a terminal; a line per quarter otherwise (CI logs). */
  private progress(label: string, total: number) {
    const interactive = process.stderr.isTTY
    let lastQuarter = -1
    return (done: number, elapsedMs: number) => {
      const ratio = total ? done / total : 1
      const seconds = (elapsedMs / 1000).toFixed(1)
      const line = `${label.padEnd(17)} ${this.bar(ratio)} ${String(Math.round(ratio * 100)).padStart(3)}%  ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${seconds}s`
      if (interactive) {
        process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`)
      } else if (Math.floor(ratio * 4) > lastQuarter) {
        lastQuarter = Math.floor(ratio * 4)
        this.logger.log(line)
      }
    }
  }

  private bar(ratio: number) {
    const width = 24
    const filled = Math.round(ratio * width)
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`
  }

  private async insertUsers(from: number, count: number) {
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

  private firstUserNumber = 1
  private passwordHashValue?: string
  private async passwordHash() {
    this.passwordHashValue ??= await hash.make(BULK_PASSWORD)
    return this.passwordHashValue
  }

  private async insertTags() {
    const names = new Set<string>()
    for (let attempt = 0; names.size < this.tags && attempt < this.tags * 20; attempt++)
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

  private pools?: ReturnType<DbSeedBulk['textPools']>

  private async insertArticles(count: number, userIds: number[]) {
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
  private async tagArticles(articleIds: number[], tagIds: number[]) {
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

  private async insertComments(count: number, articleIds: number[], userIds: number[]) {
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
  private async insertFavorites(count: number, articleIds: number[], userIds: number[]) {
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

  private async insertFollows(count: number, userIds: number[]) {
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

  private async writeTokens(userIds: number[]) {
    const users = await User.query().whereIn('id', userIds).orderBy('id')
    const tokens: { username: string; email: string; token: string }[] = []
    for (const user of users) {
      const token = await User.accessTokens.create(user, ['*'], { name: 'bulk seed' })
      tokens.push({ username: user.username, email: user.email, token: token.value!.release() })
    }
    const file = isAbsolute(this.tokensFile) ? this.tokensFile : this.app.makePath(this.tokensFile)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, JSON.stringify(tokens, null, 2))
    this.logger.info(`wrote ${tokens.length} API tokens to ${this.tokensFile}`)
  }
}

/**
 * SQL for "a random element of this array", evaluated per row by
 * PostgreSQL; the array travels once as a bound JSON parameter (knex would
 * expand a JS array into a list) and is unpacked once per statement. A skew
 * above 1 favours the first elements (popular tags, prolific authors).
 */
class RandomPicks {
  bindings: string[] = []

  pick(values: (string | number)[], type: 'int' | 'text', skew = 1) {
    this.bindings.push(JSON.stringify(values))
    const random = skew === 1 ? 'random()' : `power(random(), ${skew})`
    return `(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)::${type}))[1 + floor(${random} * ${values.length})::int]`
  }
}
