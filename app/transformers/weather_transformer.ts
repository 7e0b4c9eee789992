import type { WeatherReport } from '#repositories/weather_forecast_repository'

/** The JSON API's `weather` object (an extension to the RealWorld contract). */
export default class WeatherTransformer {
  static report(query: string, report: WeatherReport) {
    const { place, current, daily, units } = report.forecast
    return {
      query,
      location: {
        name: place.name,
        region: place.region,
        country: place.country,
        latitude: place.latitude,
        longitude: place.longitude,
        timezone: place.timezone,
      },
      current,
      daily,
      units,
      fetchedAt: report.fetchedAt.toUTC().toISO(),
      expiresAt: report.expiresAt.toUTC().toISO(),
      stale: report.stale,
    }
  }
}
