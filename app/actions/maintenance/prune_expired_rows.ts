import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import WeatherForecastRepository from '#repositories/weather_forecast_repository'

function affected(result: unknown) {
  return Array.isArray(result) ? result.length : Number(result)
}

/**
 * What operators would otherwise cron, run by recurring jobs (start/scheduler.ts):
 * rows that only take space once expired. Each method returns how many rows went.
 */
export default class PruneExpiredRows {
  /** Cached forecasts past their expiry. */
  weatherForecasts(now = DateTime.now()) {
    return new WeatherForecastRepository().prune(now)
  }

  /** API tokens, "remember me" tokens and one-time links (password reset, e-mail verification) past their expiry. */
  async tokens(now = DateTime.now()) {
    const at = now.toJSDate()
    let removed = 0
    for (const table of ['auth_access_tokens', 'remember_me_tokens', 'user_tokens']) {
      removed += affected(await db.from(table).where('expires_at', '<=', at).delete())
    }
    return removed
  }

  /** Rate-limit counters whose window has closed (their `expire` is a time in milliseconds). */
  async rateLimits(now = DateTime.now()) {
    return affected(
      await db
        .connection('rate_limits')
        .from('rate_limits')
        .whereNotNull('expire')
        .where('expire', '<=', now.toMillis())
        .delete()
    )
  }
}
