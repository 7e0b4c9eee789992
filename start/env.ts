/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Every variable Folio reads is declared and validated here. Development
| and test run with no .env at all: the defaults below, plus the DB_*
| variables that the embedded PostgreSQL provides (see bin/embedded_postgres.ts).
| Production refuses to start without a real APP_KEY.
|
*/

import { Env } from '@adonisjs/core/env'

/** Published in .env.example and used only outside production. */
export const DEVELOPMENT_APP_KEY = 'folio-development-key-not-secret-0000'

const env = await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum.optional(['development', 'production', 'test'] as const),
  TZ: Env.schema.string.optional(),
  PORT: Env.schema.number.optional(),
  HOST: Env.schema.string.optional({ format: 'host' }),
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  APP_KEY: Env.schema.secret.optional(),
  LOG_LEVEL: Env.schema.enum.optional([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  /*
  |----------------------------------------------------------
  | Database: DATABASE_URL, or the DB_* parts
  |----------------------------------------------------------
  */
  DATABASE_URL: Env.schema.string.optional(),
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),
  DB_POOL_MAX: Env.schema.number.optional(),
  DB_SSL: Env.schema.boolean.optional(),
  DB_SSL_CA: Env.schema.string.optional(),
  DB_SSL_INSECURE: Env.schema.boolean.optional(),
  DB_QUERY_TIMEOUT: Env.schema.number.optional(),

  /*
  |----------------------------------------------------------
  | Sessions, rate limits, CORS
  |----------------------------------------------------------
  */
  SESSION_DRIVER: Env.schema.enum.optional(['cookie', 'memory', 'database'] as const),
  LIMITER_STORE: Env.schema.enum.optional(['database', 'memory'] as const),
  RATE_LIMITS: Env.schema.enum.optional(['on', 'off'] as const),
  CORS_ORIGINS: Env.schema.string.optional(),
  FOLIO_COUNT_QUERIES: Env.schema.boolean.optional(),

  /*
  |----------------------------------------------------------
  | Background jobs and mail
  |----------------------------------------------------------
  */
  QUEUE_DRIVER: Env.schema.enum.optional(['database', 'sync'] as const),
  QUEUE_CONCURRENCY: Env.schema.number.optional(),
  QUEUE_RETRY_DELAY: Env.schema.string.optional(),
  MAIL_MAILER: Env.schema.enum.optional(['smtp', 'mailbox'] as const),
  MAIL_FROM_ADDRESS: Env.schema.string.optional({ format: 'email' }),
  MAIL_FROM_NAME: Env.schema.string.optional(),
  SMTP_HOST: Env.schema.string.optional({ format: 'host' }),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_SECURE: Env.schema.boolean.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),

  /*
  |----------------------------------------------------------
  | Weather integration
  |----------------------------------------------------------
  */
  WEATHER_GEOCODING_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  WEATHER_FORECAST_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  WEATHER_CACHE_TTL: Env.schema.number.optional(),

  /*
  |----------------------------------------------------------
  | Uploaded images: the local disk, or an S3-compatible bucket
  |----------------------------------------------------------
  */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  UPLOADS_DIR: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional({ format: 'url', tld: false }),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.secret.optional(),
  S3_FORCE_PATH_STYLE: Env.schema.boolean.optional(),
})

const nodeEnv = env.get('NODE_ENV') ?? 'development'
const appKey = env.get('APP_KEY')?.release()

if (nodeEnv === 'production') {
  if (!appKey || appKey.length < 32 || appKey === DEVELOPMENT_APP_KEY) {
    throw new Error(
      'APP_KEY must be set to a random secret of at least 32 characters in production ' +
        '(generate one with "node ace generate:key").'
    )
  }
} else if (!appKey) {
  env.set('APP_KEY', DEVELOPMENT_APP_KEY)
}

export default env
