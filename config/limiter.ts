import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'

/**
 * Counters live in PostgreSQL by default so that limits hold across several
 * app processes sharing one database.
 */
const limiterConfig = defineConfig({
  default: env.get('LIMITER_STORE', 'database'),
  stores: {
    database: stores.database({ tableName: 'rate_limits', clearExpiredByTimeout: true }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
