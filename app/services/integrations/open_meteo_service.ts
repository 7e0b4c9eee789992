import { setTimeout as sleep } from 'node:timers/promises'
import app from '@adonisjs/core/services/app'
import type { WeatherConfig } from '#config/weather'
import { describeWeatherCode } from '#services/integrations/weather_codes'
import { LocationNotFoundError, WeatherProviderError } from '#exceptions/weather_errors'

/** A place the geocoder resolved a name to. */
export interface Place {
  name: string
  region: string | null
  country: string | null
  latitude: number
  longitude: number
  timezone: string
}

export interface CurrentConditions {
  /** Local time at the place, ISO 8601 without offset (as the provider gives it). */
  time: string
  temperature: number
  apparentTemperature: number | null
  humidity: number | null
  windSpeed: number | null
  weatherCode: number
  summary: string
  isDay: boolean
}

export interface DailyForecast {
  /** yyyy-mm-dd, local to the place. */
  date: string
  weatherCode: number
  summary: string
  temperatureMax: number
  temperatureMin: number
  precipitationProbability: number | null
}

/** Everything Folio shows about the weather somewhere; also what the cache stores. */
export interface Forecast {
  place: Place
  current: CurrentConditions
  daily: DailyForecast[]
  units: { temperature: string; windSpeed: string }
}

type Json = Record<string, unknown>

/**
 * Client for Open-Meteo's geocoding and forecast APIs. Each request has a
 * timeout; network errors, timeouts and 5xx are retried once after a short
 * backoff. Failures surface as the typed errors of #exceptions/weather_errors.
 */
export default class OpenMeteoService {
  /** Overrides win over config/weather.ts (tests point it at a local fake provider). */
  constructor(private overrides: Partial<WeatherConfig> = {}) {}

  get config(): WeatherConfig {
    return { ...app.config.get<WeatherConfig>('weather'), ...this.overrides }
  }

  /** Name → place → forecast, the way the pages and the API ask for it. */
  async forecastFor(location: string): Promise<Forecast> {
    return this.forecast(await this.geocode(location))
  }

  async geocode(location: string): Promise<Place> {
    const url = new URL(this.config.geocodingUrl)
    url.search = new URLSearchParams({
      name: location,
      count: '1',
      language: 'en',
      format: 'json',
    }).toString()
    const body = await this.getJson(url)
    const results = body.results
    if (results === undefined || (Array.isArray(results) && results.length === 0)) {
      throw new LocationNotFoundError(location)
    }
    if (!Array.isArray(results)) throw malformed('geocoding results')
    return parsePlace(results[0])
  }

  async forecast(place: Place): Promise<Forecast> {
    const url = new URL(this.config.forecastUrl)
    url.search = new URLSearchParams({
      latitude: String(place.latitude),
      longitude: String(place.longitude),
      current:
        'temperature_2m,apparent_temperature,relative_humidity_2m,weather_code,wind_speed_10m,is_day',
      daily: 'weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max',
      timezone: 'auto',
      forecast_days: String(this.config.forecastDays),
    }).toString()
    return parseForecast(place, await this.getJson(url))
  }

  private async getJson(url: URL): Promise<Json> {
    const { timeoutMs, retries, retryDelayMs } = this.config
    for (let attempt = 0; ; attempt++) {
      try {
        return await requestJson(url, timeoutMs)
      } catch (error) {
        const failure = toProviderError(error)
        if (!failure.retryable || attempt >= retries) throw failure
        await sleep(retryDelayMs * (attempt + 1))
      }
    }
  }
}

async function requestJson(url: URL, timeoutMs: number): Promise<Json> {
  // The signal also bounds reading the body, not only the connection.
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (response.status >= 500) {
    await response.body?.cancel()
    throw new WeatherProviderError('server_error', `Weather provider answered ${response.status}`)
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new WeatherProviderError('bad_response', `Weather provider answered ${response.status}`)
  }
  const body: unknown = await response.json().catch((error) => {
    if (isTimeout(error)) throw error
    throw new WeatherProviderError('bad_response', 'Weather provider sent invalid JSON', {
      cause: error,
    })
  })
  if (!isObject(body)) throw malformed('response')
  return body
}

function toProviderError(error: unknown): WeatherProviderError {
  if (error instanceof WeatherProviderError) return error
  if (isTimeout(error)) {
    return new WeatherProviderError('timeout', 'Weather provider timed out', { cause: error })
  }
  return new WeatherProviderError('network', 'Weather provider is unreachable', { cause: error })
}

function isTimeout(error: unknown) {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function malformed(what: string) {
  return new WeatherProviderError('bad_response', `Weather provider sent an unexpected ${what}`)
}

function number(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw malformed(what)
  return value
}

function optionalNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null
}

function parsePlace(result: unknown): Place {
  if (!isObject(result) || typeof result.name !== 'string') throw malformed('place')
  return {
    name: result.name,
    region: optionalString(result.admin1),
    country: optionalString(result.country),
    latitude: number(result.latitude, 'latitude'),
    longitude: number(result.longitude, 'longitude'),
    timezone: optionalString(result.timezone) ?? 'UTC',
  }
}

function parseForecast(place: Place, body: Json): Forecast {
  const { current, daily } = body
  const currentUnits = isObject(body.current_units) ? body.current_units : {}
  if (!isObject(current) || !isObject(daily) || !Array.isArray(daily.time))
    throw malformed('forecast')

  const weatherCode = number(current.weather_code, 'weather code')
  const column = (name: string) => (Array.isArray(daily[name]) ? (daily[name] as unknown[]) : [])
  const [codes, maxima, minima, rain] = [
    column('weather_code'),
    column('temperature_2m_max'),
    column('temperature_2m_min'),
    column('precipitation_probability_max'),
  ]

  return {
    place,
    current: {
      time: optionalString(current.time) ?? '',
      temperature: number(current.temperature_2m, 'temperature'),
      apparentTemperature: optionalNumber(current.apparent_temperature),
      humidity: optionalNumber(current.relative_humidity_2m),
      windSpeed: optionalNumber(current.wind_speed_10m),
      weatherCode,
      summary: describeWeatherCode(weatherCode),
      isDay: current.is_day !== 0,
    },
    daily: daily.time.map((date, index) => {
      const code = number(codes[index], 'daily weather code')
      return {
        date: String(date),
        weatherCode: code,
        summary: describeWeatherCode(code),
        temperatureMax: number(maxima[index], 'daily maximum'),
        temperatureMin: number(minima[index], 'daily minimum'),
        precipitationProbability: optionalNumber(rain[index]),
      }
    }),
    units: {
      temperature: optionalString(currentUnits.temperature_2m) ?? '°C',
      windSpeed: optionalString(currentUnits.wind_speed_10m) ?? 'km/h',
    },
  }
}
