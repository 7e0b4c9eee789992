import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { Secret } from '@adonisjs/core/helpers'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { articleBy, signedInMember } from '#tests/support/api'
import { recordQueries } from '#tests/support/query_log'
import { oneQueryTokensUserProvider } from '#auth/access_token_user_provider'

/** The stored last_used_at of the token behind an `Authorization: Token …` header. */
async function lastUsedAt(userId: number) {
  const row = await db.from('auth_access_tokens').where('tokenable_id', userId).firstOrFail()
  return row.last_used_at as Date | null
}

/**
 * Checking an API token and loading its user is one SQL statement, and a
 * busy client does not write last_used_at on every request.
 */
test.group('API v1: the token check costs one statement', (group) => {
  isolateDatabase(group)

  test('GET /user sends exactly one statement, first use and afterwards', async ({
    client,
    assert,
  }) => {
    const { user, authorization } = await signedInMember()

    for (const use of ['first', 'second']) {
      const statements = await recordQueries(async () => {
        const response = await client.get('/api/v1/user').header('authorization', authorization)
        response.assertStatus(200)
        response.assertBodyContains({ user: { username: user.username } })
      })
      assert.lengthOf(statements, 1, `${use} use:\n${statements.join('\n')}`)
    }
  })

  test('POST /articles/:slug/comments: the token check is one of its statements', async ({
    client,
    assert,
  }) => {
    const article = await articleBy(await UserFactory.create())
    const { authorization } = await signedInMember()

    const statements = await recordQueries(async () => {
      const response = await client
        .post(`/api/v1/articles/${article.slug}/comments`)
        .header('authorization', authorization)
        .json({ comment: { body: 'Counting statements' } })
      response.assertStatus(201)
    })
    console.log(
      `POST /api/v1/articles/:slug/comments sends ${statements.length} statements:\n  ` +
        statements.join('\n  ')
    )
    const tokenStatements = statements.filter((sql) => sql.includes('auth_access_tokens'))
    assert.lengthOf(tokenStatements, 1)
  })

  test('last_used_at is set on first use, not rewritten on an immediate second use', async ({
    client,
    assert,
  }) => {
    const { user, authorization } = await signedInMember()
    assert.isNull(await lastUsedAt(user.id))

    const before = Date.now()
    const first = await client.get('/api/v1/user').header('authorization', authorization)
    first.assertStatus(200)
    const touched = await lastUsedAt(user.id)
    assert.isNotNull(touched)
    assert.isAtLeast(touched!.getTime(), before - 1000)

    const second = await client.get('/api/v1/user').header('authorization', authorization)
    second.assertStatus(200)
    assert.equal((await lastUsedAt(user.id))!.getTime(), touched!.getTime())
  })

  test('last_used_at older than a minute is refreshed', async ({ client, assert }) => {
    const { user, authorization } = await signedInMember()
    const stale = DateTime.now().minus({ minutes: 5 })
    await db
      .from('auth_access_tokens')
      .where('tokenable_id', user.id)
      .update({ last_used_at: stale.toJSDate() })

    const response = await client.get('/api/v1/user').header('authorization', authorization)
    response.assertStatus(200)
    assert.isAbove((await lastUsedAt(user.id))!.getTime(), stale.plus({ minutes: 4 }).toMillis())
  })

  test('an expired token is a 401 and is not marked as used', async ({ client, assert }) => {
    const { user, authorization } = await signedInMember()
    await db
      .from('auth_access_tokens')
      .where('tokenable_id', user.id)
      .update({ expires_at: DateTime.now().minus({ seconds: 1 }).toJSDate() })

    const response = await client.get('/api/v1/user').header('authorization', authorization)
    response.assertStatus(401)
    response.assertAgainstApiSpec()
    assert.isNull(await lastUsedAt(user.id))
  })

  test('a revoked token is a 401', async ({ client }) => {
    const { user, authorization } = await signedInMember()
    const [token] = await User.accessTokens.all(user)
    await User.accessTokens.delete(user, token.identifier)

    const response = await client.get('/api/v1/user').header('authorization', authorization)
    response.assertStatus(401)
    response.assertAgainstApiSpec()
  })

  test('a token id that is not a row id is a 401, never a 500', async ({ client }) => {
    const { authorization } = await signedInMember()
    const secret = authorization.split('.').slice(1).join('.')
    for (const id of ['abc', '99999999999999999999', '-1', '1e3']) {
      const forged = `Token oat_${Buffer.from(id).toString('base64url')}.${secret}`
      const response = await client.get('/api/v1/user').header('authorization', forged)
      response.assertStatus(401)
      response.assertAgainstApiSpec()
    }
  })

  test("another user's token id with a wrong secret is a 401", async ({ client }) => {
    const { authorization } = await signedInMember()
    const [id] = authorization.replace(/^Token /, '').split('.')
    const response = await client
      .get('/api/v1/user')
      .header('authorization', `Token ${id}.${Buffer.from('wrong').toString('base64url')}`)
    response.assertStatus(401)
    response.assertAgainstApiSpec()
  })

  test('the user comes back as a persisted User model, with the token it used', async ({
    assert,
  }) => {
    const { user } = await signedInMember()
    const created = await User.accessTokens.create(user)

    const verified = await User.accessTokens.verifyWithOwner(created.value!)
    assert.instanceOf(verified!.owner, User)
    assert.isTrue(verified!.owner.$isPersisted)
    assert.isFalse(verified!.owner.$isDirty)
    assert.equal(verified!.owner.id, user.id)
    assert.isTrue(DateTime.isDateTime(verified!.owner.createdAt))
    assert.equal(verified!.token.identifier, created.identifier)
    assert.deepEqual(verified!.token.abilities, ['*'])

    assert.isNull(await User.accessTokens.verifyWithOwner(new Secret('oat_bm9wZQ.bm9wZQ')))
  })

  test('the provider hands the verified user to the next findById only, then forgets it', async ({
    assert,
  }) => {
    const provider = oneQueryTokensUserProvider({
      tokens: 'accessTokens',
      model: () => import('#models/user'),
    })
    const { user } = await signedInMember()
    const [first, second] = [
      await User.accessTokens.create(user),
      await User.accessTokens.create(user),
    ]

    // Two verifications before either findById (two requests of one user): each gets the
    // user, read by its own verification, or again when that was dropped (one more select).
    let found: unknown[] = []
    const together = await recordQueries(async () => {
      const tokens = await Promise.all([
        provider.verifyToken(first.value!),
        provider.verifyToken(second.value!),
      ])
      found = await Promise.all(tokens.map((token) => provider.findById(token!.tokenableId)))
    })
    assert.isAtMost(together.length, 4)
    assert.lengthOf(found, 2)
    for (const guardUser of found as { getId(): unknown }[])
      assert.equal(guardUser.getId(), user.id)

    // A verification nobody asks about is dropped: a later findById reads the row again.
    await provider.verifyToken(first.value!)
    await new Promise((resolve) => setImmediate(resolve))
    const later = await recordQueries(() => provider.findById(user.id))
    assert.deepEqual(later, ['select * from "users" where "id" = ? limit ?'])
  })
})
