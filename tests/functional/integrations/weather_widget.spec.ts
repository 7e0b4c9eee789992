import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { withFakeOpenMeteo } from '#tests/support/fake_open_meteo'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Dashboard weather widget', (group) => {
  isolateDatabase(group)
  const fake = withFakeOpenMeteo(group)

  test('shows the weather for the profile location', async ({ client }) => {
    const user = await UserFactory.merge({ location: 'Lisbon' }).create()
    const response = await client.get(urlFor('main.dashboard')).loginAs(user)
    response.assertStatus(200)
    response.assertTextIncludes('Weather in Lisbon')
    response.assertTextIncludes('21°C')
    response.assertTextIncludes('href="/weather?location=Lisbon"')
  })

  test('invites people without a location to add one', async ({ client, assert }) => {
    const user = await UserFactory.merge({ location: null }).create()
    const response = await client.get(urlFor('main.dashboard')).loginAs(user)
    response.assertStatus(200)
    response.assertTextIncludes('to see its weather here')
    assert.equal(fake().totalCalls, 0)
  })

  test('keeps the dashboard working when the weather service is down', async ({ client }) => {
    fake().failWith = 503
    const user = await UserFactory.merge({ location: 'Berlin' }).create()
    const response = await client.get(urlFor('main.dashboard')).loginAs(user)
    response.assertStatus(200)
    response.assertTextIncludes("The weather service isn't answering right now")
  })

  test('says so when the profile location is not a known place', async ({ client }) => {
    const user = await UserFactory.merge({ location: 'Atlantis' }).create()
    const response = await client.get(urlFor('main.dashboard')).loginAs(user)
    response.assertStatus(200)
    response.assertTextIncludes('We couldn')
    response.assertTextIncludes('Atlantis')
  })
})
