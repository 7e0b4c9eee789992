import env from '#start/env'
import { defineConfig } from '@adonisjs/lucid'

/**
 * PostgreSQL only. DATABASE_URL wins over the DB_* parts; with neither set,
 * `node ace` starts the embedded PostgreSQL and provides DB_* itself.
 */
const connectionString = env.get('DATABASE_URL')

const dbConfig = defineConfig({
  connection: 'postgres',
  prettyPrintDebugQueries: true,
  connections: {
    postgres: {
      client: 'pg',
      connection: {
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
        // The read layer's prepared statements (app/queries/sql.ts) are planned
        // once per connection; unnamed statements (every Lucid query) are not affected.
        // (`options` is pg's startup parameter; Lucid's type knows only mssql's.)
        ...({ options: '-c plan_cache_mode=force_generic_plan' } as {}),
      },
      pool: {
        min: 0,
        max: env.get('DB_POOL_MAX', 10),
        // Fail fast when the database is unreachable: callers answer 503 rather than hang.
        acquireTimeoutMillis: 5000,
        createTimeoutMillis: 3000,
      },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations'],
        disableRollbacksInProduction: true,
      },
      seeders: { paths: ['database/seeders'] },
      schemaGeneration: {
        rulesPaths: ['./database/schema_rules.js'],
        excludeTables: ['rate_limits', 'remember_me_tokens', 'sessions'],
      },
      debug: false,
    },
  },
})

export default dbConfig
