import { writeFile, mkdir } from 'node:fs/promises'
import { dirname, isAbsolute } from 'node:path'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import db from '@adonisjs/lucid/services/db'
import { faker } from '@faker-js/faker'
import User from '#models/user'
import { BulkInserts } from '#database/bulk_seed/inserts'

/** Rows per INSERT ... SELECT statement: big enough to be fast, small enough to show progress. */
const BATCH = 10_000

/**
 * Loads a large data set for benchmarks and scale checks: users, articles
 * with tags and Markdown, comments, favorites and follows. The rows are
 * generated inside PostgreSQL (database/bulk_seed), so 100,000 articles
 * take seconds; it adds to whatever is already there.
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

    const rows = await BulkInserts.start()
    const users = await this.step('users', this.users, (from, count) =>
      rows.insertUsers(from, count)
    )
    if (!users.ids.length) {
      this.logger.error('no users to write articles; pass --users > 0 or seed some first')
      this.exitCode = 1
      return
    }
    const tagIds = await rows.insertTags(this.tags)
    const articles = await this.step('articles', this.articles, (_from, count) =>
      rows.insertArticles(count, users.ids)
    )
    if (articles.ids.length) {
      await this.step('tags on articles', articles.ids.length, (from, count) =>
        rows.tagArticles(articles.ids.slice(from, from + count), tagIds)
      )
      await this.step('comments', this.comments, (_from, count) =>
        rows.insertComments(count, articles.ids, users.ids)
      )
      await this.step(
        'favorites',
        this.favorites ?? this.articles,
        (_from, count) => rows.insertFavorites(count, articles.ids, users.ids),
        1
      )
    }
    await this.step('follows', users.ids.length * this.followsPerUser, (_from, count) =>
      rows.insertFollows(count, users.ids)
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
