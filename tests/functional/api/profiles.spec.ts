import { test } from '@japa/runner'
import { appUrl } from '#config/app'
import db from '@adonisjs/lucid/services/db'
import CreateFollow from '#actions/follows/create_follow'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { signedInMember } from '#tests/support/api'

test.group('API v1: profiles', (group) => {
  isolateDatabase(group)

  test('shows a profile to guests, found case-insensitively', async ({ client }) => {
    await UserFactory.merge({ username: 'Jake', bio: 'I work at statefarm', image: null }).create()
    const response = await client.get('/api/v1/profiles/jake')
    response.assertStatus(200)
    response.assertAgainstApiSpec()
    response.assertBody({
      profile: {
        username: 'Jake',
        bio: 'I work at statefarm',
        image: `${appUrl}/avatars/Jake.svg`,
        following: false,
      },
    })
  })

  test('following reflects the viewer', async ({ client }) => {
    const jake = await UserFactory.merge({ username: 'jake' }).create()
    const { user: fan, authorization } = await signedInMember()
    const { authorization: other } = await signedInMember()
    await new CreateFollow().handle(fan, jake)

    const asFan = await client.get('/api/v1/profiles/jake').header('authorization', authorization)
    asFan.assertStatus(200)
    asFan.assertAgainstApiSpec()
    asFan.assertBodyContains({ profile: { following: true } })
    const asOther = await client.get('/api/v1/profiles/jake').header('authorization', other)
    asOther.assertBodyContains({ profile: { following: false } })
  })

  test('an unknown username is a 404; a bad token is a 401', async ({ client }) => {
    const unknown = await client.get('/api/v1/profiles/nobody')
    unknown.assertStatus(404)
    unknown.assertAgainstApiSpec()
    unknown.assertBody({ errors: { body: ['Profile not found'] } })

    await UserFactory.merge({ username: 'jake' }).create()
    const bad = await client
      .get('/api/v1/profiles/jake')
      .header('authorization', 'Token not-a-token')
    bad.assertStatus(401)
    bad.assertAgainstApiSpec()
  })

  test('follows and unfollows, idempotently', async ({ client, assert }) => {
    const jake = await UserFactory.merge({ username: 'jake' }).create()
    const { user: fan, authorization } = await signedInMember()
    const follows = () => db.from('follows').where({ follower_id: fan.id, followed_id: jake.id })

    for (let attempt = 0; attempt < 2; attempt++) {
      const followed = await client
        .post('/api/v1/profiles/jake/follow')
        .header('authorization', authorization)
      followed.assertStatus(200)
      followed.assertAgainstApiSpec()
      followed.assertBodyContains({ profile: { username: 'jake', following: true } })
    }
    assert.lengthOf(await follows(), 1)

    for (let attempt = 0; attempt < 2; attempt++) {
      const unfollowed = await client
        .delete('/api/v1/profiles/jake/follow')
        .header('authorization', authorization)
      unfollowed.assertStatus(200)
      unfollowed.assertAgainstApiSpec()
      unfollowed.assertBodyContains({ profile: { following: false } })
    }
    assert.lengthOf(await follows(), 0)
  })

  test('follow accepts an empty body with or without a JSON content type', async ({ client }) => {
    await UserFactory.merge({ username: 'jake' }).create()
    const { authorization } = await signedInMember()

    const typed = await client
      .post('/api/v1/profiles/jake/follow')
      .header('authorization', authorization)
      .header('content-type', 'application/json')
    typed.assertStatus(200)
    typed.assertAgainstApiSpec()

    const withBody = await client
      .post('/api/v1/profiles/jake/follow')
      .header('authorization', authorization)
      .json({})
    withBody.assertStatus(200)
  })

  test('following yourself is a 422; unknown users a 404; no token a 401', async ({ client }) => {
    const { user, authorization } = await signedInMember()

    const self = await client
      .post(`/api/v1/profiles/${user.username}/follow`)
      .header('authorization', authorization)
    self.assertStatus(422)
    self.assertAgainstApiSpec()
    self.assertBodyContains({ errors: { username: ['You cannot follow yourself'] } })

    const unknown = await client
      .delete('/api/v1/profiles/nobody/follow')
      .header('authorization', authorization)
    unknown.assertStatus(404)
    unknown.assertAgainstApiSpec()

    const anonymous = await client.post(`/api/v1/profiles/${user.username}/follow`)
    anonymous.assertStatus(401)
    anonymous.assertAgainstApiSpec()
  })
})
