import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

async function follows(follower: User, followed: User) {
  const row = await db
    .from('follows')
    .where({ follower_id: follower.id, followed_id: followed.id })
    .first()
  return !!row
}

test.group('Following members', (group) => {
  isolateDatabase(group)

  test('follows a member once, however many times the button is pressed', async ({
    client,
    assert,
  }) => {
    const reader = await UserFactory.create()
    const writer = await UserFactory.create()

    for (let i = 0; i < 2; i++) {
      const response = await client
        .post(urlFor('profiles.follow.store', { username: writer.username }))
        .loginAs(reader)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', urlFor('profiles.show', { username: writer.username }))
      response.assertFlashMessage('success', `You now follow ${writer.username}.`)
    }
    assert.isTrue(await follows(reader, writer))
    const [{ count }] = await db.from('follows').where('follower_id', reader.id).count('* as count')
    assert.equal(Number(count), 1)

    const page = await client
      .get(urlFor('profiles.show', { username: writer.username }))
      .loginAs(reader)
    page.assertTextIncludes('aria-pressed="true"')
    page.assertTextIncludes(`Unfollow ${writer.username}`)
  })

  test('unfollows, and does nothing when not following', async ({ client, assert }) => {
    const reader = await UserFactory.create()
    const writer = await UserFactory.create()
    await db.table('follows').insert({ follower_id: reader.id, followed_id: writer.id })

    for (let i = 0; i < 2; i++) {
      const response = await client
        .delete(urlFor('profiles.follow.destroy', { username: writer.username }))
        .loginAs(reader)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      response.assertFlashMessage('success', `You no longer follow ${writer.username}.`)
    }
    assert.isFalse(await follows(reader, writer))
  })

  test('goes back to the article it was pressed on', async ({ client }) => {
    const reader = await UserFactory.create()
    const writer = await UserFactory.create()
    const response = await client
      .post(urlFor('profiles.follow.store', { username: writer.username }))
      .form({ next: urlFor('articles.show', { slug: 'some-article' }) })
      .loginAs(reader)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', urlFor('articles.show', { slug: 'some-article' }))
  })

  test('refuses to follow oneself', async ({ client, assert }) => {
    const reader = await UserFactory.create()
    const response = await client
      .post(urlFor('profiles.follow.store', { username: reader.username }))
      .header('referer', urlFor('profiles.show', { username: reader.username }))
      .loginAs(reader)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.property(response.flashMessages().inputErrorsBag, 'username')
    assert.isFalse(await follows(reader, reader))
    const own = await client
      .get(urlFor('profiles.show', { username: reader.username }))
      .loginAs(reader)
    own.assertTextIncludes('Edit your profile')
    assert.notInclude(
      own.text(),
      `Follow ${reader.username}`,
      'own profile offers to follow oneself'
    )
  })

  test('sends a signed-out visitor to the login page', async ({ client, assert }) => {
    const writer = await UserFactory.create()
    for (const request of [
      client.post(urlFor('profiles.follow.store', { username: writer.username })),
      client.delete(urlFor('profiles.follow.destroy', { username: writer.username })),
    ]) {
      const response = await request.withCsrfToken().redirects(0)
      response.assertStatus(302)
      assert.equal(response.header('location')?.split('?')[0], urlFor('auth.login'))
    }
  })

  test('answers 404 for an unknown member', async ({ client }) => {
    const reader = await UserFactory.create()
    const follow = urlFor('profiles.follow.store', { username: 'nobody-here' })
    const unfollow = urlFor('profiles.follow.destroy', { username: 'nobody-here' })
    ;(await client.post(follow).loginAs(reader).withCsrfToken()).assertStatus(404)
    ;(await client.delete(unfollow).loginAs(reader).withCsrfToken()).assertStatus(404)
  })
})
