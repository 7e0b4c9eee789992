import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import WeatherForecastRepository from '#repositories/weather_forecast_repository'
import WeatherTransformer from '#transformers/weather_transformer'
import { apiWeatherValidator } from '#validators/weather'

/** 200 with the forecast, 404 for an unknown place, 503 when unavailable. */
@inject()
export default class WeatherForecastsController {
  constructor(private forecasts: WeatherForecastRepository) {}

  async show({ request }: HttpContext) {
    const { params } = await request.validateUsing(apiWeatherValidator)
    return {
      weather: WeatherTransformer.report(
        params.location,
        await this.forecasts.find(params.location)
      ),
    }
  }
}
