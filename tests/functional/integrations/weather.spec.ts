import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { UserFactory } from '#database/factories/user_factory'
import { withFakeOpenMeteo } from '#tests/support/fake_open_meteo'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Weather page', (group) => {
  isolateDatabase(group)
  const fake = withFakeOpenMeteo(group)

  test('shows current conditions and the next days for a place', async ({ client }) => {
    const response = await client
      .get(urlFor('integrations.weather.index'))
      .qs({ location: 'Lisbon' })
    response.assertStatus(200)
    response.assertTextIncludes('Weather in Lisbon, Portugal')
    response.assertTextIncludes('21°C')
    response.assertTextIncludes('Partly cloudy')
    response.assertTextIncludes('Light rain')
  })

  test('asks for a place, suggesting the profile location', async ({ client, assert }) => {
    const user = await UserFactory.merge({ location: 'Berlin' }).create()
    const response = await client.get(urlFor('integrations.weather.index')).loginAs(user)
    response.assertStatus(200)
    assert.include(response.text(), 'value="Berlin"')
    assert.equal(fake().totalCalls, 0)
  })

  test('says when a place is unknown, with a 404', async ({ client }) => {
    const response = await client
      .get(urlFor('integrations.weather.index'))
      .qs({ location: 'Atlantis' })
    response.assertStatus(404)
    response.assertTextIncludes("couldn't find a place called “Atlantis”")
  })

  test('explains an outage with a 503 when nothing is cached', async ({ client }) => {
    fake().failWith = 500
    const response = await client
      .get(urlFor('integrations.weather.index'))
      .qs({ location: 'Lisbon' })
    response.assertStatus(503)
    response.assertTextIncludes("The weather service isn't answering right now")
  })

  test('shows the last forecast, marked out of date, when the provider fails', async ({
    client,
  }) => {
    await client.get(urlFor('integrations.weather.index')).qs({ location: 'Lisbon' })
    await db
      .from('weather_forecasts')
      .update({ expires_at: DateTime.now().minus({ hours: 1 }).toJSDate() })
    fake().failWith = 500

    const response = await client
      .get(urlFor('integrations.weather.index'))
      .qs({ location: 'Lisbon' })
    response.assertStatus(200)
    response.assertTextIncludes('which may be out of date')
    response.assertTextIncludes('21°C')
  })
})

test.group('Weather API', (group) => {
  isolateDatabase(group)
  const fake = withFakeOpenMeteo(group)

  test('answers 200 with the forecast for a place', async ({ client, assert }) => {
    const response = await client.get('/api/v1/weather/New%20York')
    response.assertStatus(200)
    response.assertAgainstApiSpec()
    const { weather } = response.body()
    assert.equal(weather.query, 'New York')
    assert.deepInclude(weather.location, {
      name: 'New York',
      country: 'United States',
      timezone: 'America/New_York',
    })
    assert.deepInclude(weather.current, { temperature: 21.4, summary: 'Partly cloudy' })
    assert.lengthOf(weather.daily, 5)
    assert.isFalse(weather.stale)
    assert.match(weather.fetchedAt, /^\d{4}-\d\d-\d\dT.*Z$/)
  })

  test('serves the second request from the cache', async ({ client, assert }) => {
    await client.get('/api/v1/weather/Berlin')
    fake().reset()
    const response = await client.get('/api/v1/weather/berlin')
    response.assertStatus(200)
    assert.equal(response.body().weather.location.name, 'Berlin')
    assert.equal(fake().totalCalls, 0)
  })

  test('answers 404 for an unknown place', async ({ client, assert }) => {
    const response = await client.get('/api/v1/weather/Atlantis')
    response.assertStatus(404)
    response.assertAgainstApiSpec()
    assert.deepEqual(response.body(), {
      errors: { body: ['No place called "Atlantis" was found.'] },
    })
  })

  test('answers 503 when the provider is down and nothing is cached', async ({
    client,
    assert,
  }) => {
    fake().useInApp({ geocodingUrl: 'http://127.0.0.1:1/v1/search' })
    const response = await client.get('/api/v1/weather/Lisbon')
    response.assertStatus(503)
    response.assertAgainstApiSpec()
    assert.property(response.body().errors, 'body')
  })

  test('answers 503 when the provider times out and nothing is cached', async ({ client }) => {
    fake().useInApp({ timeoutMs: 80 })
    fake().delayMs = 300
    const response = await client.get('/api/v1/weather/Lisbon')
    response.assertStatus(503)
  })

  test('serves a stale forecast, flagged, when the provider answers 500', async ({
    client,
    assert,
  }) => {
    await client.get('/api/v1/weather/Lisbon')
    await db
      .from('weather_forecasts')
      .update({ expires_at: DateTime.now().minus({ minutes: 5 }).toJSDate() })
    fake().failWith = 500

    const response = await client.get('/api/v1/weather/Lisbon')
    response.assertStatus(200)
    response.assertAgainstApiSpec()
    assert.isTrue(response.body().weather.stale)
  })

  test('makes one provider call for simultaneous requests', async ({ client, assert }) => {
    fake().delayMs = 50
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => client.get('/api/v1/weather/Lisbon'))
    )
    assert.deepEqual(
      responses.map((response) => response.status()),
      [200, 200, 200, 200]
    )
    assert.deepEqual(fake().calls, { geocoding: 1, forecast: 1 })
  })

  test('refuses an overlong place name with 422', async ({ client, assert }) => {
    const response = await client.get(`/api/v1/weather/${'x'.repeat(121)}`)
    response.assertStatus(422)
    assert.property(response.body().errors, 'location')
    assert.equal(fake().totalCalls, 0)
  })
})
