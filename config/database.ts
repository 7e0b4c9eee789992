import env from '#start/env'
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
  ssl: env.get('DB_SSL', false) ? { rejectUnauthorized: false } : false,
}

/** Fail fast when the database is unreachable: callers answer 503 rather than hang. */
const failFast = { acquireTimeoutMillis: 5000, createTimeoutMillis: 3000 }

const dbConfig = defineConfig({
  connection: 'postgres',
  prettyPrintDebugQueries: true,
  connections: {
    postgres: {
      client: 'pg',
      connection: {
        ...server,
        // The read layer's prepared statements (app/queries/sql.ts) are planned
        // once per connection; unnamed statements (every Lucid query) are not affected.
        // (`options` is pg's startup parameter; Lucid's type knows only mssql's.)
        ...({ options: '-c plan_cache_mode=force_generic_plan' } as {}),
      },
      pool: { min: 0, max: env.get('DB_POOL_MAX', 10), ...failFast },
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
      connection: server,
      pool: { min: 0, max: 3, ...failFast },
      debug: false,
    },
  },
})

export default dbConfig
