import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** Deletes cached forecasts past their expiry (safe to run from cron at any time). */
export default class WeatherPrune extends BaseCommand {
  static commandName = 'weather:prune'
  static description = 'Remove expired rows from the weather forecast cache'
  static options: CommandOptions = { startApp: true }

  async run() {
    // Loaded once the app has started (ace reads command files before that).
    const { default: WeatherForecastRepository } =
      await import('#repositories/weather_forecast_repository')
    const removed = await new WeatherForecastRepository().prune()
    this.logger.success(
      `Removed ${removed} expired weather ${removed === 1 ? 'forecast' : 'forecasts'}`
    )
  }
}
