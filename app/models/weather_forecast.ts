import { DateTime } from 'luxon'
import { WeatherForecastSchema } from '#database/schema'
import type { Forecast } from '#services/integrations/open_meteo_service'

/** The weather provider's last answer for one place, kept until it expires. */
export default class WeatherForecast extends WeatherForecastSchema {
  declare payload: Forecast

  isFresh(now = DateTime.now()) {
    return this.expiresAt > now
  }
}
