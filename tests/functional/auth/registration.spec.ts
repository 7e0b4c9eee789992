import { test } from '@japa/runner'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

const valid = {
  username: 'new_writer',
  email: 'New.Writer@Example.com',
  password: 'long-enough-secret',
  password_confirmation: 'long-enough-secret',
}

test.group('Registration in the browser', (group) => {
  isolateDatabase(group)

  test('shows the sign-up form', async ({ client }) => {
    const response = await client.get(urlFor('auth.register'))
    response.assertStatus(200)
    response.assertTextIncludes('Sign up')
    response.assertTextIncludes("name='_csrf'")
  })

  test('opens an account, signs the member in and stores the e-mail lower-case', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post(urlFor('auth.register.store'))
      .form(valid)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', urlFor('main.home'))
    response.assertFlashMessage('success', 'Welcome to Folio, new_writer!')

    const user = await User.findByOrFail('username', 'new_writer')
    assert.equal(user.email, 'new.writer@example.com')
    assert.equal(user.role, 'member')
    assert.isTrue(user.isActive)
    assert.match(user.password, /^\$scrypt\$/)
  })

  test('refuses a username taken in another case', async ({ client, assert }) => {
    await UserFactory.merge({ username: 'Writer' }).create()
    const response = await client
      .post(urlFor('auth.register.store'))
      .form({ ...valid, username: 'writer' })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    assert.property(response.flashMessages().inputErrorsBag, 'username')
    assert.equal(response.flashMessages().username, 'writer', 'input is kept')
    assert.isNull(await User.findBy('email', 'new.writer@example.com'))
  })

  test('refuses an e-mail that is already registered, whatever its case', async ({
    client,
    assert,
  }) => {
    await UserFactory.merge({ email: 'new.writer@example.com' }).create()
    const response = await client
      .post(urlFor('auth.register.store'))
      .form(valid)
      .withCsrfToken()
      .redirects(0)
    assert.property(response.flashMessages().inputErrorsBag, 'email')
  })

  test('refuses a mismatched confirmation', async ({ client, assert }) => {
    const response = await client
      .post(urlFor('auth.register.store'))
      .form({ ...valid, password_confirmation: 'something-else' })
      .withCsrfToken()
      .redirects(0)
    assert.property(response.flashMessages().inputErrorsBag, 'password_confirmation')
    assert.isNull(await User.findBy('username', 'new_writer'))
  })

  test('refuses a short password and never flashes it back', async ({ client, assert }) => {
    const response = await client
      .post(urlFor('auth.register.store'))
      .form({ ...valid, password: 'short', password_confirmation: 'short' })
      .withCsrfToken()
      .redirects(0)
    const flashed = response.flashMessages()
    assert.property(flashed.inputErrorsBag, 'password')
    assert.notProperty(flashed, 'password')
    assert.equal(flashed.email, valid.email)
  })

  test('ignores a role in the form: nobody chooses their own', async ({ client, assert }) => {
    await client
      .post(urlFor('auth.register.store'))
      .form({ ...valid, role: 'admin', is_active: 'false' })
      .withCsrfToken()
      .redirects(0)
    const user = await User.findByOrFail('username', 'new_writer')
    assert.equal(user.role, 'member')
    assert.isTrue(user.isActive)
  })

  test('refuses a form without a CSRF token', async ({ client, assert }) => {
    const response = await client.post(urlFor('auth.register.store')).form(valid).redirects(0)
    assert.notEqual(response.status(), 200)
    assert.isNull(await User.findBy('username', 'new_writer'))
  })
})
