import { test } from '@japa/runner'
import weatherConfig from '#config/weather'
import OpenMeteoService from '#services/integrations/open_meteo_service'
import { LocationNotFoundError, WeatherProviderError } from '#exceptions/weather_errors'
import { withFakeOpenMeteo } from '#tests/support/fake_open_meteo'

test.group('Open-Meteo service', (group) => {
  const fake = withFakeOpenMeteo(group)

  test('turns a place name into a typed forecast', async ({ assert }) => {
    const forecast = await new OpenMeteoService().forecastFor('Lisbon')

    assert.deepInclude(forecast.place, {
      name: 'Lisbon',
      country: 'Portugal',
      latitude: 38.72,
      timezone: 'Europe/Lisbon',
    })
    assert.deepInclude(forecast.current, {
      temperature: 21.4,
      humidity: 61,
      weatherCode: 2,
      summary: 'Partly cloudy',
      isDay: true,
    })
    assert.lengthOf(forecast.daily, 5)
    assert.deepEqual(forecast.daily[1], {
      date: '2026-11-22',
      weatherCode: 61,
      summary: 'Light rain',
      temperatureMax: 18.4,
      temperatureMin: 12.9,
      precipitationProbability: 80,
    })
    assert.deepEqual(forecast.units, { temperature: '°C', windSpeed: 'km/h' })
    assert.deepEqual(fake().calls, { geocoding: 1, forecast: 1 })
  })

  test('reports an unknown place as LocationNotFoundError without asking for a forecast', async ({
    assert,
  }) => {
    await assert.rejects(
      () => new OpenMeteoService().forecastFor('Atlantis'),
      LocationNotFoundError
    )
    assert.deepEqual(fake().calls, { geocoding: 1, forecast: 0 })
  })

  test('retries a 5xx answer once, then gives up with a server_error', async ({ assert }) => {
    fake().failWith = 502
    const error = await new OpenMeteoService().geocode('Lisbon').catch((failure) => failure)

    assert.instanceOf(error, WeatherProviderError)
    assert.equal(error.reason, 'server_error')
    assert.equal(fake().calls.geocoding, 2)
  })

  test('does not retry a 4xx answer', async ({ assert }) => {
    fake().failWith = 400
    const error = await new OpenMeteoService().geocode('Lisbon').catch((failure) => failure)

    assert.instanceOf(error, WeatherProviderError)
    assert.equal(error.reason, 'bad_response')
    assert.equal(fake().calls.geocoding, 1)
  })

  test('gives up after the timeout, retrying once', async ({ assert }) => {
    fake().delayMs = 400
    const service = new OpenMeteoService({ timeoutMs: 100, retryDelayMs: 5 })
    const started = performance.now()
    const error = await service.geocode('Lisbon').catch((failure) => failure)

    assert.instanceOf(error, WeatherProviderError)
    assert.equal(error.reason, 'timeout')
    assert.equal(fake().calls.geocoding, 2)
    assert.isBelow(performance.now() - started, 390, 'never waits for the slow answer')
  })

  test('reports an unreachable provider as a network error', async ({ assert }) => {
    const service = new OpenMeteoService({ geocodingUrl: 'http://127.0.0.1:1/v1/search' })
    const error = await service.geocode('Lisbon').catch((failure) => failure)

    assert.instanceOf(error, WeatherProviderError)
    assert.equal(error.reason, 'network')
  })

  test('has a 3 second timeout and one retry by default', async ({ assert }) => {
    assert.include(weatherConfig, { timeoutMs: 3000, retries: 1, cacheTtlSeconds: 3600 })
  })
})
