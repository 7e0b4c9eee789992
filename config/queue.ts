import env from '#start/env'
import { defineConfig, drivers } from '@adonisjs/queue'

/**
 * Background jobs live in PostgreSQL (tables queue_jobs and queue_schedules),
 * so Folio needs no Redis. Workers claim jobs with FOR UPDATE SKIP LOCKED:
 * several workers on one database never run one job twice.
 *
 * QUEUE_DRIVER=sync runs a job inline where it is dispatched (the in-process
 * test suite, whose writes live in a transaction no worker could see).
 */
const queueConfig = defineConfig({
  default: env.get('QUEUE_DRIVER', 'database'),

  adapters: {
    database: drivers.database({ connectionName: 'postgres' }),
    sync: drivers.sync(),
  },

  worker: {
    concurrency: env.get('QUEUE_CONCURRENCY', 5),
    // How often an idle worker looks for work: the latency of a job nobody waits on.
    idleDelay: '1s',
    // A job whose worker died is handed to another worker after this long.
    stalledThreshold: '2m',
    stalledInterval: '30s',
    gracefulShutdown: true,
  },

  locations: ['./app/jobs/**/*.{ts,js}'],
})

export default queueConfig
