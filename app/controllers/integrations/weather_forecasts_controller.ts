import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import WeatherForecastRepository from '#repositories/weather_forecast_repository'
import { weatherPageValidator } from '#validators/weather'

const STATUS_CODES = { ok: 200, not_found: 404, unavailable: 503 } as const

/** The forecast for a place, or a friendly word on why there is none. */
@inject()
export default class WeatherForecastsController {
  constructor(private forecasts: WeatherForecastRepository) {}

  async index({ request, view, response, auth }: HttpContext) {
    const { location } = await request.validateUsing(weatherPageValidator)
    if (!location) {
      return view.render('pages/integrations/weather', {
        location: auth.user?.location ?? '',
        lookup: null,
      })
    }
    const lookup = await this.forecasts.lookup(location)
    response.status(STATUS_CODES[lookup.status])
    return view.render('pages/integrations/weather', { location, lookup })
  }
}
