import { test } from '@japa/runner'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Account settings', (group) => {
  isolateDatabase(group)

  test('shows the settings form filled with the account', async ({ client }) => {
    const user = await UserFactory.merge({ bio: 'Writes about <b>tea</b>' }).create()
    const response = await client.get(urlFor('profiles.settings.edit')).loginAs(user)
    response.assertStatus(200)
    response.assertTextIncludes(user.username)
    response.assertTextIncludes('Writes about &lt;b&gt;tea&lt;/b&gt;')
  })

  test('saves image, username, bio and location; a new e-mail waits for its confirmation', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const response = await client
      .put(urlFor('profiles.settings.update'))
      .form({
        image: 'https://images.example/me.png',
        username: 'renamed',
        bio: 'New bio',
        email: 'Renamed@Example.com',
        location: 'Lisbon',
        role: 'admin',
      })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', urlFor('profiles.settings.edit'))
    response.assertFlashMessage(
      'success',
      'Your settings have been saved. To use renamed@example.com, follow the link we sent to it.'
    )
    const before = user.email
    await user.refresh()
    assert.equal(user.username, 'renamed')
    assert.equal(user.email, before, 'the old address stays until the new one is confirmed')
    assert.equal(user.pendingEmail, 'renamed@example.com')
    assert.equal(user.location, 'Lisbon')
    assert.equal(user.image, 'https://images.example/me.png')
    assert.equal(user.role, 'member', 'role cannot be set from settings')
  })

  test('refuses a username someone else has, and a non-http image', async ({ client, assert }) => {
    await UserFactory.merge({ username: 'Taken' }).create()
    const user = await UserFactory.create()
    const response = await client
      .put(urlFor('profiles.settings.update'))
      .form({ username: 'taken', email: user.email, image: 'javascript:alert(1)' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    const errors = response.flashMessages().inputErrorsBag
    assert.property(errors, 'username')
    assert.property(errors, 'image')
  })

  test('keeps the own username and e-mail valid on save', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client
      .put(urlFor('profiles.settings.update'))
      .form({ username: user.username, email: user.email, bio: 'Same me' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success', 'Your settings have been saved.')
  })

  test('changes the password when the current one is right', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const response = await client
      .put(urlFor('profiles.password.update'))
      .form({
        current_password: FACTORY_PASSWORD,
        password: 'brand-new-secret',
        password_confirmation: 'brand-new-secret',
      })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success', 'Your password has been changed.')
    const fresh = await User.findOrFail(user.id)
    assert.isTrue(await hash.verify(fresh.password, 'brand-new-secret'))
  })

  test('refuses a wrong current password, next to that field', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const response = await client
      .put(urlFor('profiles.password.update'))
      .form({
        current_password: 'wrong-password',
        password: 'brand-new-secret',
        password_confirmation: 'brand-new-secret',
      })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(response.flashMessages().inputErrorsBag?.['current_password' as never], [
      'The current password is not correct.',
    ])
    const fresh = await User.findOrFail(user.id)
    assert.isTrue(await hash.verify(fresh.password, FACTORY_PASSWORD))
  })

  test('refuses a settings change without a CSRF token', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await client
      .put(urlFor('profiles.settings.update'))
      .form({ username: 'hijacked', email: user.email })
      .loginAs(user)
      .redirects(0)
    await user.refresh()
    assert.notEqual(user.username, 'hijacked')
  })
})
