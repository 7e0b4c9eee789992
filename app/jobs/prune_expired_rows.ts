import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import logger from '@adonisjs/core/services/logger'
import PruneExpiredRows from '#actions/maintenance/prune_expired_rows'

export interface PruneExpiredRowsPayload {
  /** Which rows: cached forecasts, expired tokens and links, or closed rate-limit windows. */
  what: 'weather_forecasts' | 'tokens' | 'rate_limits'
}

/** Recurring clean-up (start/scheduler.ts registers one schedule per kind of row). */
export default class PruneExpiredRowsJob extends Job<PruneExpiredRowsPayload> {
  static options: JobOptions = {
    name: 'PruneExpiredRows',
    maxRetries: 2,
    removeOnFail: { age: '7d' },
  }

  async execute() {
    const prune = new PruneExpiredRows()
    const removed =
      this.payload.what === 'weather_forecasts'
        ? await prune.weatherForecasts()
        : this.payload.what === 'tokens'
          ? await prune.tokens()
          : await prune.rateLimits()
    logger.info({ what: this.payload.what, removed }, 'pruned expired rows')
  }
}
