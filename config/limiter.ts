import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'

/**
 * RATE_LIMITS=off lets every request through (start/limiter.ts and the
 * failed sign-in counter), for benchmarks and load tests only.
 */
export const rateLimitsEnabled = env.get('RATE_LIMITS', 'on') === 'on'

/**
 * Counters live in PostgreSQL by default so that limits hold across several
 * app processes sharing one database (a cluster included). The memory store
 * counts per process: tests and single-process development only.
 */
const limiterConfig = defineConfig({
  default: env.get('LIMITER_STORE', 'database'),
  stores: {
    database: stores.database({
      connectionName: 'rate_limits',
      tableName: 'rate_limits',
      clearExpiredByTimeout: true,
    }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
