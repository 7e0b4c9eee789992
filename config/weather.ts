import env from '#start/env'

/** How Folio talks to the weather provider (Open-Meteo by default) and caches its answers. */
export interface WeatherConfig {
  /** Geocoding endpoint: turns a place name into coordinates. */
  geocodingUrl: string
  /** Forecast endpoint: current conditions and daily forecast for coordinates. */
  forecastUrl: string
  /** How long a stored forecast is served without asking the provider again. */
  cacheTtlSeconds: number
  /** Per attempt; a slow provider must not hold a page for long. */
  timeoutMs: number
  /** Network errors, timeouts and 5xx are retried this many times... */
  retries: number
  /** ...after waiting this long (times the attempt number). */
  retryDelayMs: number
  /** Days of daily forecast to ask for. */
  forecastDays: number
}

const weatherConfig: WeatherConfig = {
  geocodingUrl: env.get('WEATHER_GEOCODING_URL', 'https://geocoding-api.open-meteo.com/v1/search'),
  forecastUrl: env.get('WEATHER_FORECAST_URL', 'https://api.open-meteo.com/v1/forecast'),
  cacheTtlSeconds: env.get('WEATHER_CACHE_TTL', 3600),
  timeoutMs: 3000,
  retries: 1,
  retryDelayMs: 300,
  forecastDays: 5,
}

export default weatherConfig
