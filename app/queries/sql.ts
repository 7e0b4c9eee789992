import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { appUrl } from '#config/app'
import { absoluteUrl, generatedAvatarsPath } from '#services/images'
import { escapeLiteral } from 'pg'
import sql, { raw, type Sql } from 'sql-template-tag'

export { default as sql, join, raw, empty, type Sql } from 'sql-template-tag'

/**
 * Runs one statement built with `sql` and returns its rows. Through Lucid's
 * `db`, so it joins the current transaction (the tests' global one included)
 * and the query log sees it.
 *
 * Each statement is prepared once per connection, named after its text (the
 * values travel apart), and the pool's connections run prepared statements
 * on their generic plan (config/database.ts): a read is planned once, not on
 * every request. The statements are written so that their generic plan is
 * the good one (each row of a page is built by a lookup on its id).
 */
export async function selectRows<Row>(
  statement: Sql,
  { planFor = 'statement' }: SelectOptions = {}
): Promise<Row[]> {
  const client = db.connection()
  const prepared = planFor === 'statement'
  if (client.isTransaction) {
    // Inside a transaction (a test's global one included), through Lucid, on its connection.
    const query = client.rawQuery(statement.sql, statement.values as any[])
    if (prepared) query.knexQuery.options({ name: statementName(statement.sql) })
    const { rows } = await query
    return rows as Row[]
  }

  // Otherwise straight to a pooled connection: the statement is already
  // SQL with its values apart, so knex's query builder has nothing to add.
  const knex = client.getReadClient()
  if (knex.listenerCount('query') > 0) {
    knex.emit('query', { sql: statement.sql, bindings: statement.values })
  }
  const connection = await knex.client.acquireConnection()
  try {
    // `text` is built anew on each read of the property: read it once.
    const text = prepared ? statement.text : ''
    const result = prepared
      ? await connection.query({ name: statementName(text), text, values: statement.values })
      : // The pool's connections plan every parameterized statement generically
        // (plan_cache_mode), so values that must steer the plan go in as literals.
        await connection.query(withLiterals(statement))
    return result.rows as Row[]
  } finally {
    knex.client.releaseConnection(connection)
  }
}

export interface SelectOptions {
  /**
   * `statement` (default): one plan for the statement, whatever its values.
   * `values`: planned anew for each request's values, for statements whose
   * best plan depends on how many rows the values select (one tag's articles
   * may be 5 or 50,000: walk the feed and probe the tag, or read the tag's
   * articles and sort them).
   */
  planFor?: 'statement' | 'values'
}

/**
 * Statement names, found by the text's length and opening, then the whole
 * text compared. A statement is a few kilobytes built anew per request, and
 * hashing all of it for a plain Map lookup cost more than this compare.
 */
const names = new Map<string, { text: string; name: string }[]>()

/** A short name per statement text (PostgreSQL's limit is 63 bytes). */
function statementName(text: string) {
  const key = `${text.length}:${text.slice(0, 80)}`
  let named = names.get(key)
  const found = named?.find((statement) => statement.text === text)
  if (found) return found.name
  const name = `folio_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`
  if (!named) names.set(key, (named = []))
  named.push({ text, name })
  return name
}

/** The first row of one statement, or null. */
export async function selectRow<Row>(statement: Sql, options?: SelectOptions): Promise<Row | null> {
  const [row] = await selectRows<Row>(statement, options)
  return row ?? null
}

/** A timestamptz column as the API prints it: 2026-01-31T09:15:00.000Z. */
export function isoTimestamp(column: string) {
  return raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)
}

/**
 * Users row `alias` as an author, with whether `viewerId` follows them
 * (guests follow nobody: no lookup at all).
 */
export function authorJson(alias: string, viewerId: number | null) {
  return sql`json_build_object('id', ${raw(alias)}.id, 'username', ${raw(alias)}.username,
    'bio', ${raw(alias)}.bio, 'image', ${raw(alias)}.image, 'following', ${followedBy(alias, viewerId)})`
}

/**
 * Users row `alias` as the API publishes a profile (RealWorld's shape):
 * the picture always an absolute URL, their generated one when they have
 * none. The same URLs as `absoluteUrl(image ?? defaultAvatarPath(username))`
 * in #services/images; usernames are URL-safe (validators/user.ts), so the
 * generated picture's name needs no escaping.
 */
export function profileJson(alias: string, viewerId: number | null) {
  const user = raw(alias)
  const generatedAvatars = absoluteUrl(generatedAvatarsPath())
  return sql`json_build_object('username', ${user}.username, 'bio', ${user}.bio,
    'image', CASE WHEN ${user}.image IS NULL THEN ${generatedAvatars} || ${user}.username || '.svg'
      WHEN left(${user}.image, 1) = '/' THEN ${appUrl} || ${user}.image ELSE ${user}.image END,
    'following', ${followedBy(alias, viewerId)})`
}

/** Whether `viewerId` follows users row `alias` (guests follow nobody: no lookup at all). */
function followedBy(alias: string, viewerId: number | null) {
  return viewerId === null
    ? raw('false')
    : sql`EXISTS (SELECT 1 FROM follows fo WHERE fo.follower_id = ${viewerId} AND fo.followed_id = ${raw(alias)}.id)`
}

/** A `sql` fragment as the arguments of a Lucid query's `whereRaw`. */
export function asCondition(fragment: Sql): [string, any[]] {
  return [fragment.sql, fragment.values as any[]]
}

/**
 * Rows of `alias` a viewer may see: the public ones (`isPublic`, a condition
 * on the row), their own too; moderators see every row.
 */
export function publicOrOwn(
  viewer: { id: number; isModerator: boolean } | null | undefined,
  alias: string,
  isPublic: string
) {
  if (viewer?.isModerator) return raw('TRUE')
  const publicRow = raw(`${alias}.${isPublic}`)
  if (viewer) return sql`(${publicRow} OR ${raw(alias)}.author_id = ${viewer.id})`
  return publicRow
}

/**
 * The statement's text with each value written as a literal, escaped by the
 * driver (`escapeLiteral`): PostgreSQL plans it knowing the values.
 */
function withLiterals(statement: Sql): string {
  return statement.text.replace(/\$(\d+)/g, (_, position: string) => {
    const value = statement.values[Number(position) - 1]
    if (value === null || value === undefined) return 'NULL'
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
    return escapeLiteral(String(value))
  })
}
