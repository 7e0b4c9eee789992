import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { isolateDatabase } from '#tests/support/database'
import { signedInMember, tokenHeader } from '#tests/support/api'

test.group('API v1: revoking a token', (group) => {
  isolateDatabase(group)

  test('DELETE /user/token revokes the token in use, and only that one', async ({ client }) => {
    const { user, authorization } = await signedInMember()
    const otherDevice = await tokenHeader(user)

    const response = await client
      .delete('/api/v1/user/token')
      .header('authorization', authorization)
    response.assertStatus(204)
    response.assertAgainstApiSpec()

    const revoked = await client.get('/api/v1/user').header('authorization', authorization)
    revoked.assertStatus(401)
    revoked.assertAgainstApiSpec()
    const again = await client.delete('/api/v1/user/token').header('authorization', authorization)
    again.assertStatus(401)
    again.assertAgainstApiSpec()

    const stillSignedIn = await client.get('/api/v1/user').header('authorization', otherDevice)
    stillSignedIn.assertStatus(200)
    stillSignedIn.assertAgainstApiSpec()
  })

  test('works with the Bearer scheme too', async ({ client }) => {
    const { authorization } = await signedInMember()
    const bearer = authorization.replace(/^Token /, 'Bearer ')
    const revoked = await client.delete('/api/v1/user/token').header('authorization', bearer)
    revoked.assertStatus(204)
    const afterwards = await client.get('/api/v1/user').header('authorization', bearer)
    afterwards.assertStatus(401)
  })

  test('a revoked token is a 401 on optional endpoints too', async ({ client }) => {
    const { authorization } = await signedInMember()
    await client.delete('/api/v1/user/token').header('authorization', authorization)
    const response = await client.get('/api/v1/articles').header('authorization', authorization)
    response.assertStatus(401)
    response.assertAgainstApiSpec()
  })

  test('requires a token', async ({ client }) => {
    const response = await client.delete('/api/v1/user/token')
    response.assertStatus(401)
    response.assertAgainstApiSpec()
  })

  test('an expired token is a 401', async ({ client }) => {
    const { user, authorization } = await signedInMember()
    await db
      .from('auth_access_tokens')
      .where('tokenable_id', user.id)
      .update({ expires_at: DateTime.now().minus({ minutes: 1 }).toSQL() })

    const response = await client.get('/api/v1/user').header('authorization', authorization)
    response.assertStatus(401)
    response.assertAgainstApiSpec()
  })

  test('a malformed Authorization header is a 401, never a 500', async ({ client }) => {
    const { authorization } = await signedInMember()
    const secret = authorization.replace(/^Token /, '')
    for (const header of [
      'Token',
      'Token ',
      'Token oat_',
      `Basic ${secret}`,
      `Token ${secret}extra`,
      `Token ${secret.split('.')[0]}`,
    ]) {
      const response = await client.get('/api/v1/user').header('authorization', header)
      response.assertStatus(401)
      response.assertAgainstApiSpec()
    }
  })
})
