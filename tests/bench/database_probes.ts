import { readFile } from 'node:fs/promises'
import pg from 'pg'
import type { DisposableCluster } from '../../bin/embedded_postgres.js'
import type { Sample } from './scenarios.js'

/** The benchmark's own connection: statement statistics, the sample it drives, rows read. */

export function connect(cluster: DisposableCluster) {
  return new pg.Client({
    host: cluster.env.DB_HOST,
    port: Number(cluster.env.DB_PORT),
    user: cluster.env.DB_USER,
    password: cluster.env.DB_PASSWORD,
    database: cluster.env.DB_DATABASE,
    application_name: 'folio-bench',
  })
}

/** pg_stat_statements needs a preloaded library, hence one restart of the fresh cluster. */
export async function enableStatementStatistics(cluster: DisposableCluster) {
  const setup = connect(cluster)
  await setup.connect()
  await setup.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`)
  await setup.end()
  await cluster.stop()
  await cluster.start()
  const extension = connect(cluster)
  await extension.connect()
  await extension.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
  await extension.end()
}

export async function pickSample(
  client: pg.Client,
  size: number,
  tokensFile: string
): Promise<Sample> {
  // A typical article at both sizes: published, tagged, with visible comments.
  const middle = await client.query(
    `SELECT slug, title FROM articles a
     WHERE published AND id >= (SELECT min(id) + $1 FROM articles)
       AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id)
       AND EXISTS (SELECT 1 FROM comments c WHERE c.article_id = a.id AND c.status = 'visible')
     ORDER BY id LIMIT 1`,
    [Math.floor(size / 3)]
  )
  const tag = await client.query(
    `SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id
     GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`
  )
  // Search words from real titles. Search ranks every match, so its cost
  // follows the number of matches: a specific word (the one closest to 1% of
  // the articles) and a broad one (the most matches up to 5%) are measured.
  const specific = { word: 'system', matches: 0 }
  const broad = { word: 'system', matches: 0 }
  const words = await client.query(`SELECT DISTINCT lower(split_part(title, ' ', n)) AS word
     FROM (SELECT title FROM articles ORDER BY id LIMIT 50) a, generate_series(1, 4) n`)
  for (const { word } of words.rows as { word: string }[]) {
    const hits = await client.query(
      `SELECT count(*)::int AS n FROM articles WHERE search @@ websearch_to_tsquery('english', $1)`,
      [word]
    )
    const matches = hits.rows[0].n as number
    if (matches === 0) continue
    const distance = (n: number) => Math.abs(n - size / 100)
    if (!specific.matches || distance(matches) < distance(specific.matches)) {
      Object.assign(specific, { word, matches })
    }
    if (matches > broad.matches && matches <= size / 20) Object.assign(broad, { word, matches })
  }
  const tokens = (JSON.parse(await readFile(tokensFile, 'utf8')) as { token: string }[]).map(
    (t) => t.token
  )
  return {
    slug: middle.rows[0].slug,
    tag: tag.rows[0]?.name ?? 'none',
    word: specific.word,
    wordMatches: specific.matches,
    broadWord: broad.word,
    broadWordMatches: broad.matches,
    deepOffset: Math.floor(size / 2),
    tokens,
  }
}

/**
 * Rows read by the app (sequential scans plus index entries) since the last
 * call. Statistics reach shared memory when a backend ends, so the app's
 * connections are closed first; its pool opens new ones on demand.
 */
export async function rowsRead(client: pg.Client) {
  const appBackends = `FROM pg_stat_activity WHERE datname = current_database()
    AND backend_type = 'client backend' AND application_name <> 'folio-bench'`
  await client.query(`SELECT pg_terminate_backend(pid) ${appBackends}`)
  for (let attempt = 0; attempt < 50; attempt++) {
    const others = await client.query(`SELECT count(*)::int AS n ${appBackends}`)
    if (others.rows[0].n === 0) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const stats = await client.query(
    `SELECT (SELECT coalesce(sum(seq_tup_read), 0) FROM pg_stat_user_tables)
          + (SELECT coalesce(sum(idx_tup_read), 0) FROM pg_stat_user_indexes) AS rows`
  )
  return Number(stats.rows[0].rows)
}
