import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import ace from '@adonisjs/core/services/ace'
import WeatherForecast from '#models/weather_forecast'
import WeatherPrune from '../../../commands/weather_prune.js'
import { isolateDatabase } from '#tests/support/database'

function forecastRow(locationKey: string, expiresAt: DateTime) {
  return {
    locationKey,
    payload: {} as WeatherForecast['payload'],
    fetchedAt: expiresAt.minus({ hours: 1 }),
    expiresAt,
  }
}

test.group('node ace weather:prune', (group) => {
  isolateDatabase(group)

  test('removes expired forecasts and keeps fresh ones', async ({ assert }) => {
    await WeatherForecast.createMany([
      forecastRow('lisbon', DateTime.now().plus({ minutes: 30 })),
      forecastRow('berlin', DateTime.now().minus({ minutes: 1 })),
      forecastRow('oslo', DateTime.now().minus({ days: 2 })),
    ])

    const command = await ace.create(WeatherPrune, [])
    command.ui.switchMode('raw')
    await command.exec()

    command.assertSucceeded()
    command.assertLog('[ green(success) ] Removed 2 expired weather forecasts')
    const remaining = await WeatherForecast.all()
    assert.deepEqual(
      remaining.map((row) => row.locationKey),
      ['lisbon']
    )
  })
})
