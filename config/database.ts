import { readFileSync } from 'node:fs'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

/**
 * PostgreSQL only. DATABASE_URL wins over the DB_* parts; with neither set,
 * `node ace` starts the embedded PostgreSQL and provides DB_* itself.
 */
const connectionString = env.get('DATABASE_URL')

/** Where PostgreSQL is; every connection below reaches the same database. */
const server = {
  ...(connectionString
    ? { connectionString }
    : {
        host: env.get('DB_HOST', '127.0.0.1'),
        port: env.get('DB_PORT', 5432),
        user: env.get('DB_USER', 'postgres'),
        password: env.get('DB_PASSWORD'),
        database: env.get('DB_DATABASE', 'folio'),
      }),
  ssl: tls(),
}

/**
 * DB_SSL=true encrypts and verifies the server's certificate, against
 * DB_SSL_CA (a PEM file) or the system's CAs. DB_SSL_INSECURE=true accepts
 * any certificate: encryption without knowing who answers, never the default.
 */
function tls() {
  if (!env.get('DB_SSL', false)) return false
  if (env.get('DB_SSL_INSECURE', false)) return { rejectUnauthorized: false }
  const caFile = env.get('DB_SSL_CA')
  return { rejectUnauthorized: true, ...(caFile ? { ca: readFileSync(caFile, 'utf8') } : {}) }
}

/**
 * Every wait on the database is bounded, so a request answers (503 at worst)
 * whether the server refuses, hangs or is slow. Waiting for a pooled
 * connection: 5 s; opening one: 3 s.
 */
const failFast = { acquireTimeoutMillis: 5000, createTimeoutMillis: 3000 }

/**
 * Each statement of the web server: DB_QUERY_TIMEOUT ms (default 4000; 0 = none).
 * PostgreSQL cancels a slow statement itself (statement_timeout); a server
 * that no longer answers at all is given up by the client half a second
 * later (query_timeout). Ace commands (migrations, seeders) run unbounded.
 */
const queryTimeoutMs = env.get('DB_QUERY_TIMEOUT', 4000)
const queryTimeouts =
  app.getEnvironment() === 'web' && queryTimeoutMs > 0
    ? { statement_timeout: queryTimeoutMs, query_timeout: queryTimeoutMs + 500 }
    : {}

/** Opening a connection: the client gives up on a server that accepts and then stalls. */
const connectTimeout = { connectionTimeoutMillis: failFast.createTimeoutMillis }

/**
 * A connection goes back to work only when it is idle outside any
 * transaction. One whose query timed out is still busy (or, once a stalled
 * server wakes up, was left inside the transaction its ROLLBACK never
 * reached): the pool drops it instead of lending it to the next request.
 * (`_txStatus` is pg's record of the server's last ReadyForQuery status.)
 */
function isReusable(connection: { readyForQuery?: boolean; _txStatus?: string | null }) {
  return connection.readyForQuery === true && (connection._txStatus ?? 'I') === 'I'
}

const dbConfig = defineConfig({
  connection: 'postgres',
  prettyPrintDebugQueries: true,
  connections: {
    postgres: {
      client: 'pg',
      connection: {
        ...server,
        ...connectTimeout,
        ...queryTimeouts,
        // The read layer's prepared statements (app/queries/sql.ts) are planned
        // once per connection; unnamed statements (every Lucid query) are not affected.
        // (`options` is pg's startup parameter; Lucid's type knows only mssql's.)
        ...({ options: '-c plan_cache_mode=force_generic_plan' } as {}),
      },
      pool: { min: 0, max: env.get('DB_POOL_MAX', 10), ...failFast, validate: isReusable },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations'],
        disableRollbacksInProduction: true,
      },
      seeders: { paths: ['database/seeders'] },
      schemaGeneration: {
        rulesPaths: ['./database/schema_rules.js'],
        excludeTables: [
          'rate_limits',
          'remember_me_tokens',
          'sessions',
          'queue_jobs',
          'queue_schedules',
        ],
      },
      debug: false,
    },

    /**
     * The rate limiter's counters (config/limiter.ts), in a small pool of
     * their own: a burst of limited requests never takes the connections
     * pages need, and the limiter, which keeps its client for the life of
     * the process, never holds one that a test wraps in its transaction.
     */
    rate_limits: {
      client: 'pg',
      connection: { ...server, ...connectTimeout, ...queryTimeouts },
      pool: { min: 0, max: 3, ...failFast, validate: isReusable },
      debug: false,
    },
  },
})

export default dbConfig
