import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import WeatherForecast from '#models/weather_forecast'
import WeatherForecastRepository from '#repositories/weather_forecast_repository'
import { LocationNotFoundError, WeatherUnavailableError } from '#exceptions/weather_errors'
import { withFakeOpenMeteo } from '#tests/support/fake_open_meteo'
import { isolateDatabase } from '#tests/support/database'

async function expireCache(key: string) {
  await db
    .from('weather_forecasts')
    .where('location_key', key)
    .update({ expires_at: DateTime.now().minus({ minutes: 1 }).toJSDate() })
}

test.group('Weather forecast repository', (group) => {
  isolateDatabase(group)
  const fake = withFakeOpenMeteo(group)

  test('fetches a place on first request and stores it under the normalized name', async ({
    assert,
  }) => {
    const report = await new WeatherForecastRepository().find('  NEW   york ')

    assert.equal(report.forecast.place.name, 'New York')
    assert.isFalse(report.stale)
    assert.equal(fake().totalCalls, 2)
    const row = await WeatherForecast.findByOrFail('locationKey', 'new york')
    assert.equal(row.payload.current.temperature, 21.4)
    const ttl = row.expiresAt.diff(row.fetchedAt, 'seconds').seconds
    assert.closeTo(ttl, 3600, 1)
  })

  test('serves a fresh row without calling the provider', async ({ assert }) => {
    const repository = new WeatherForecastRepository()
    await repository.find('Lisbon')
    fake().reset()
    fake().temperature = 5

    const report = await repository.find('lisbon')
    assert.equal(report.forecast.current.temperature, 21.4)
    assert.equal(fake().totalCalls, 0)
  })

  test('refreshes an expired row from the provider', async ({ assert }) => {
    const repository = new WeatherForecastRepository()
    await repository.find('Lisbon')
    await expireCache('lisbon')
    fake().temperature = 9.5

    const report = await repository.find('Lisbon')
    assert.equal(report.forecast.current.temperature, 9.5)
    assert.isFalse(report.stale)
    const row = await WeatherForecast.findByOrFail('locationKey', 'lisbon')
    assert.isTrue(row.isFresh())
    assert.equal(row.payload.current.temperature, 9.5)
    assert.lengthOf(await WeatherForecast.query().where('location_key', 'lisbon'), 1)
  })

  test('serves an expired row marked stale when the provider answers 500', async ({ assert }) => {
    const repository = new WeatherForecastRepository()
    await repository.find('Lisbon')
    await expireCache('lisbon')
    fake().failWith = 500

    const report = await repository.find('Lisbon')
    assert.isTrue(report.stale)
    assert.equal(report.forecast.current.temperature, 21.4)
    assert.equal(fake().calls.geocoding, 1 + 2, 'one retry after the 500')
  })

  test('reports unavailable when the provider is down and nothing is cached', async ({
    assert,
  }) => {
    fake().failWith = 503
    await assert.rejects(
      () => new WeatherForecastRepository().find('Berlin'),
      WeatherUnavailableError
    )
    assert.lengthOf(await WeatherForecast.all(), 0)
  })

  test('reports unavailable when the provider times out and nothing is cached', async ({
    assert,
  }) => {
    fake().useInApp({ timeoutMs: 80 })
    fake().delayMs = 300
    const lookup = await new WeatherForecastRepository().lookup('Berlin')
    assert.deepEqual(lookup, { status: 'unavailable', location: 'Berlin' })
  })

  test('reports an unknown place as not found, and caches nothing', async ({ assert }) => {
    await assert.rejects(
      () => new WeatherForecastRepository().find('Atlantis'),
      LocationNotFoundError
    )
    const lookup = await new WeatherForecastRepository().lookup('Atlantis')
    assert.equal(lookup.status, 'not_found')
    assert.lengthOf(await WeatherForecast.all(), 0)
  })

  test('has nothing to look up for a profile without a location', async ({ assert }) => {
    assert.isNull(await new WeatherForecastRepository().lookupForProfile({ location: '  ' }))
    const lookup = await new WeatherForecastRepository().lookupForProfile({ location: 'Lisbon' })
    assert.equal(lookup?.status, 'ok')
  })

  test('prunes expired rows only', async ({ assert }) => {
    const repository = new WeatherForecastRepository()
    await repository.find('Lisbon')
    await repository.find('Berlin')
    await expireCache('berlin')

    assert.equal(await repository.prune(), 1)
    const remaining = await WeatherForecast.all()
    assert.deepEqual(
      remaining.map((row) => row.locationKey),
      ['lisbon']
    )
  })
})

/*
 * Real concurrency needs real connections: these tests run outside the global
 * transaction (each request gets its own pooled connection) and clean up after.
 */
test.group('Weather forecast repository under concurrency', (group) => {
  const fake = withFakeOpenMeteo(group)
  group.each.teardown(async () => {
    await db.from('weather_forecasts').delete()
  })

  test('makes one provider call for many simultaneous requests for the same place in one process', async ({
    assert,
  }) => {
    fake().delayMs = 50
    const repository = new WeatherForecastRepository()
    const reports = await Promise.all([
      repository.find('Berlin'),
      repository.find('berlin'),
      new WeatherForecastRepository().find(' BERLIN'),
      new WeatherForecastRepository().find('Berlin'),
      new WeatherForecastRepository().find('Berlin'),
    ])

    assert.deepEqual(fake().calls, { geocoding: 1, forecast: 1 })
    assert.isTrue(reports.every((report) => report.forecast.place.name === 'Berlin'))
  })

  test('makes one provider call when several processes refresh the same place at once', async ({
    assert,
  }) => {
    fake().delayMs = 50
    // Two repositories refreshing directly stand for two app processes: only the
    // advisory lock keeps the second from calling the provider again.
    const [first, second] = await Promise.all([
      new WeatherForecastRepository()['refresh']('lisbon'),
      new WeatherForecastRepository()['refresh']('lisbon'),
    ])

    assert.deepEqual(fake().calls, { geocoding: 1, forecast: 1 })
    assert.equal(first.forecast.place.name, 'Lisbon')
    assert.equal(second.forecast.place.name, 'Lisbon')
    assert.lengthOf(await WeatherForecast.all(), 1)
  })
})
