import type { Group } from '@japa/runner/core'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import app from '@adonisjs/core/services/app'
import type { WeatherConfig } from '#config/weather'

interface FakePlace {
  name: string
  admin1?: string
  country: string
  latitude: number
  longitude: number
  timezone: string
}

const KNOWN_PLACES: FakePlace[] = [
  {
    name: 'Lisbon',
    admin1: 'Lisbon',
    country: 'Portugal',
    latitude: 38.72,
    longitude: -9.13,
    timezone: 'Europe/Lisbon',
  },
  {
    name: 'Berlin',
    admin1: 'State of Berlin',
    country: 'Germany',
    latitude: 52.52,
    longitude: 13.41,
    timezone: 'Europe/Berlin',
  },
  {
    name: 'New York',
    admin1: 'New York',
    country: 'United States',
    latitude: 40.71,
    longitude: -74.01,
    timezone: 'America/New_York',
  },
]

/**
 * A local stand-in for Open-Meteo's geocoding and forecast APIs, so tests
 * never reach the internet. It counts calls and can be told to fail or stall.
 */
export class FakeOpenMeteo {
  /** Requests received, by endpoint. */
  calls = { geocoding: 0, forecast: 0 }
  /** When set, every request gets this status and a JSON error body. */
  failWith: number | null = null
  /** Delay before answering, in milliseconds. */
  delayMs = 0
  /** The temperature the forecast reports, to tell fresh answers from cached ones. */
  temperature = 21.4

  private constructor(
    private server: Server,
    readonly url: string
  ) {}

  static async start() {
    let fake: FakeOpenMeteo
    const server = createServer((request, response) => fake.handle(request, response))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    fake = new FakeOpenMeteo(server, `http://127.0.0.1:${port}`)
    return fake
  }

  get totalCalls() {
    return this.calls.geocoding + this.calls.forecast
  }

  reset() {
    this.calls = { geocoding: 0, forecast: 0 }
    this.failWith = null
    this.delayMs = 0
    this.temperature = 21.4
  }

  /**
   * Points the app's weather config at this server, with a short timeout and
   * backoff so failure tests stay fast. Returns a function restoring the config.
   */
  useInApp(overrides: Partial<WeatherConfig> = {}) {
    const original = { ...app.config.get<WeatherConfig>('weather') }
    app.config.set('weather', {
      ...original,
      geocodingUrl: `${this.url}/v1/search`,
      forecastUrl: `${this.url}/v1/forecast`,
      timeoutMs: 1000,
      retryDelayMs: 5,
      ...overrides,
    })
    return () => app.config.set('weather', original)
  }

  async close() {
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', this.url)
    const endpoint =
      url.pathname === '/v1/search'
        ? 'geocoding'
        : url.pathname === '/v1/forecast'
          ? 'forecast'
          : null
    if (endpoint) this.calls[endpoint]++
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs))
    if (response.destroyed) return

    if (this.failWith)
      return this.json(response, this.failWith, { error: true, reason: 'Simulated failure' })
    if (endpoint === 'geocoding')
      return this.json(response, 200, this.geocode(url.searchParams.get('name') ?? ''))
    if (endpoint === 'forecast') return this.json(response, 200, this.forecast())
    return this.json(response, 404, { error: true, reason: 'Not found' })
  }

  private geocode(name: string) {
    const place = KNOWN_PLACES.find(
      (known) => known.name.toLowerCase() === name.trim().toLowerCase()
    )
    // Open-Meteo leaves "results" out entirely when nothing matches.
    if (!place) return { generationtime_ms: 0.4 }
    return {
      results: [{ id: 1, elevation: 10, feature_code: 'PPLC', country_code: 'XX', ...place }],
      generationtime_ms: 0.5,
    }
  }

  private forecast() {
    const days = ['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25']
    return {
      latitude: 38.72,
      longitude: -9.13,
      timezone: 'Europe/Lisbon',
      current_units: { time: 'iso8601', temperature_2m: '°C', wind_speed_10m: 'km/h' },
      current: {
        time: '2026-11-21T12:00',
        interval: 900,
        temperature_2m: this.temperature,
        apparent_temperature: 20.1,
        relative_humidity_2m: 61,
        weather_code: 2,
        wind_speed_10m: 12.5,
        is_day: 1,
      },
      daily_units: { temperature_2m_max: '°C' },
      daily: {
        time: days,
        weather_code: [2, 61, 3, 0, 95],
        temperature_2m_max: [22.1, 18.4, 19, 23.5, 17.2],
        temperature_2m_min: [14.2, 12.9, 13.1, 15, 11.8],
        precipitation_probability_max: [5, 80, 20, 0, 90],
      },
    }
  }

  private json(response: ServerResponse, status: number, body: unknown) {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  }
}

/**
 * Plays the provider for every test of a group: one server for the group,
 * reset and wired into the app before each test. Returns an accessor, since
 * the server starts only when the group does.
 */
export function withFakeOpenMeteo(group: Group) {
  let fake: FakeOpenMeteo
  group.setup(async () => {
    fake = await FakeOpenMeteo.start()
    return () => fake.close()
  })
  group.each.setup(() => {
    fake.reset()
    return fake.useInApp()
  })
  return () => fake
}
