import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type { WeatherConfig } from '#config/weather'
import WeatherForecast from '#models/weather_forecast'
import OpenMeteoService, { type Forecast } from '#services/integrations/open_meteo_service'
import {
  LocationNotFoundError,
  WeatherProviderError,
  WeatherUnavailableError,
} from '#exceptions/weather_errors'

/** A forecast as served: from the cache or just fetched, possibly past its expiry. */
export interface WeatherReport {
  /** The normalized place name the forecast is cached under. */
  locationKey: string
  forecast: Forecast
  fetchedAt: DateTime
  expiresAt: DateTime
  /** True when the provider failed and an expired forecast is shown instead. */
  stale: boolean
}

/** The outcome of a lookup, for pages that explain problems instead of failing. */
export type WeatherLookup =
  | { status: 'ok'; location: string; report: WeatherReport }
  | { status: 'not_found'; location: string }
  | { status: 'unavailable'; location: string }

/**
 * Requests for a place already being refreshed by this process wait for
 * that refresh instead of calling the provider again.
 */
const refreshesInFlight = new Map<string, Promise<WeatherReport>>()

/**
 * Weather for a place name, answered from the weather_forecasts table while
 * the stored forecast is fresh. A stale or missing forecast is fetched from
 * the provider and stored; if the provider fails, a stale forecast is served
 * marked as stale, and with nothing stored the weather is unavailable.
 */
export default class WeatherForecastRepository {
  constructor(private provider = new OpenMeteoService()) {}

  /** "  New   York " and "new york" are the same place. */
  static normalizeLocation(location: string) {
    return location.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 160)
  }

  /** Throws LocationNotFoundError (404) or WeatherUnavailableError (503). */
  async find(location: string): Promise<WeatherReport> {
    const key = WeatherForecastRepository.normalizeLocation(location)
    if (!key) throw new LocationNotFoundError(location)

    const cached = await WeatherForecast.findBy('locationKey', key)
    if (cached?.isFresh()) return toReport(cached, false)

    let refresh = refreshesInFlight.get(key)
    if (!refresh) {
      refresh = this.refresh(key).finally(() => refreshesInFlight.delete(key))
      refreshesInFlight.set(key, refresh)
    }
    return refresh.catch((error) => {
      // Name the place the way this caller typed it, not its cache key.
      if (error instanceof LocationNotFoundError) throw new LocationNotFoundError(location.trim())
      throw error
    })
  }

  /** Like find(), but reports a missing place or an outage as a status. */
  async lookup(location: string): Promise<WeatherLookup> {
    try {
      return { status: 'ok', location, report: await this.find(location) }
    } catch (error) {
      if (error instanceof LocationNotFoundError) return { status: 'not_found', location }
      if (error instanceof WeatherUnavailableError) return { status: 'unavailable', location }
      throw error
    }
  }

  /** For the dashboard widget: nothing to look up without a location on the profile. */
  async lookupForProfile(user: { location: string | null }): Promise<WeatherLookup | null> {
    const location = user.location?.trim()
    return location ? this.lookup(location) : null
  }

  /** Removes forecasts past their expiry; returns how many went. */
  async prune(now = DateTime.now()): Promise<number> {
    const deleted = await db
      .from('weather_forecasts')
      .where('expires_at', '<=', now.toJSDate())
      .delete()
    return Array.isArray(deleted) ? deleted.length : Number(deleted)
  }

  /** Fetches and stores the forecast for `key` (the provider ignores letter case). */
  private async refresh(key: string): Promise<WeatherReport> {
    return db.transaction(async (trx) => {
      // One refresh per place across every app process: the others wait here,
      // then find the row the first one stored.
      await trx.rawQuery('select pg_advisory_xact_lock(hashtext(?))', [key])
      const stored = await WeatherForecast.query({ client: trx }).where('location_key', key).first()
      if (stored?.isFresh()) return toReport(stored, false)

      let forecast: Forecast
      try {
        forecast = await this.provider.forecastFor(key)
      } catch (error) {
        if (!(error instanceof WeatherProviderError)) throw error
        if (stored) return toReport(stored, true)
        throw new WeatherUnavailableError(key, { cause: error })
      }

      const fetchedAt = DateTime.now()
      const expiresAt = fetchedAt.plus({ seconds: this.ttlSeconds })
      await trx.rawQuery(
        `insert into weather_forecasts (location_key, payload, fetched_at, expires_at, created_at, updated_at)
         values (?, ?::jsonb, ?, ?, now(), now())
         on conflict (location_key) do update
           set payload = excluded.payload, fetched_at = excluded.fetched_at,
               expires_at = excluded.expires_at, updated_at = now()`,
        [key, JSON.stringify(forecast), fetchedAt.toJSDate(), expiresAt.toJSDate()]
      )
      return { locationKey: key, forecast, fetchedAt, expiresAt, stale: false }
    })
  }

  private get ttlSeconds() {
    return app.config.get<WeatherConfig>('weather').cacheTtlSeconds
  }
}

function toReport(row: WeatherForecast, stale: boolean): WeatherReport {
  return {
    locationKey: row.locationKey,
    forecast: row.payload,
    fetchedAt: row.fetchedAt,
    expiresAt: row.expiresAt,
    stale,
  }
}
