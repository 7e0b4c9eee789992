import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { tokenHeader } from '#tests/support/api'
import { testInbox } from '#tests/support/smtp_inbox'
import { urlFor } from '#tests/support/routes'

const NEW_PASSWORD = 'a-brand-new-passphrase'
const SENT =
  'If an account uses that address, a message with a link to choose a new password is on its way. The link works for one hour.'

test.group('Password reset in the browser', (group) => {
  isolateDatabase(group)
  group.each.setup(() => testInbox.clear())

  test('the sign-in page links to it', async ({ client }) => {
    const page = await client.get(urlFor('auth.login'))
    page.assertTextIncludes('href="/auth/password-reset"')
  })

  test('a mailed link sets a new password once and signs the account out everywhere', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const apiToken = await tokenHeader(user)

    // A browser signed in before the reset.
    const signIn = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    const oldSession = signIn.cookie('folio-session')!.value
    const before = await client
      .get(urlFor('profiles.settings.edit'))
      .withCookie('folio-session', oldSession)
    before.assertStatus(200)

    const request = await client
      .post(urlFor('auth.password_reset.store'))
      .form({ email: user.email.toUpperCase() })
      .withCsrfToken()
      .redirects(0)
    request.assertStatus(302)
    request.assertFlashMessage('success', SENT)

    const [message] = await testInbox.waitFor(user.email)
    assert.equal(message.subject, 'Reset your Folio password')
    assert.include(message.text, 'expires in one hour')
    assert.include(message.html, 'Choose a new password')
    const link = new URL(message.link('/auth/password-reset/'))

    const form = await client.get(link.pathname)
    form.assertStatus(200)
    form.assertTextIncludes('Set new password')

    const reset = await client
      .put(link.pathname)
      .form({ password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    reset.assertStatus(302)
    reset.assertHeader('location', urlFor('auth.login'))

    const signedOut = await client
      .get(urlFor('profiles.settings.edit'))
      .withCookie('folio-session', oldSession)
      .redirects(0)
    signedOut.assertStatus(302)
    assert.include(signedOut.header('location'), urlFor('auth.login'))

    const api = await client.get('/api/v1/user').header('authorization', apiToken)
    api.assertStatus(401)

    const again = await client.get(link.pathname)
    again.assertTextIncludes('This password reset link is invalid or has expired.')
    const replay = await client
      .put(link.pathname)
      .form({ password: 'yet-another-password', password_confirmation: 'yet-another-password' })
      .withCsrfToken()
      .redirects(0)
    replay.assertStatus(302)
    assert.deepEqual(replay.flashMessages().inputErrorsBag, {
      token: ['This password reset link is invalid or has expired.'],
    })

    const oldPassword = await client
      .post('/api/v1/users/login')
      .json({ user: { email: user.email, password: FACTORY_PASSWORD } })
    oldPassword.assertStatus(401)
    const newPassword = await client
      .post('/api/v1/users/login')
      .json({ user: { email: user.email, password: NEW_PASSWORD } })
    newPassword.assertStatus(200)
  })

  test('an expired link is refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    await client
      .post(urlFor('auth.password_reset.store'))
      .form({ email: user.email })
      .withCsrfToken()
    const [message] = await testInbox.waitFor(user.email)
    await db
      .from('user_tokens')
      .where('user_id', user.id)
      .update({
        expires_at: new Date(Date.now() - 1000),
      })
    const link = new URL(message.link('/auth/password-reset/'))
    const page = await client.get(link.pathname)
    page.assertTextIncludes('This password reset link is invalid or has expired.')
    const reset = await client
      .put(link.pathname)
      .form({ password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    assert.property(reset.flashMessages().inputErrorsBag, 'token')
    await User.verifyCredentials(user.email, FACTORY_PASSWORD)
  })

  test('an unknown address gets the same answer and no message', async ({ client, assert }) => {
    const request = await client
      .post(urlFor('auth.password_reset.store'))
      .form({ email: 'nobody@example.com' })
      .withCsrfToken()
      .redirects(0)
    request.assertStatus(302)
    request.assertFlashMessage('success', SENT)
    await new Promise((resolve) => setTimeout(resolve, 200))
    assert.lengthOf(testInbox.messages, 0)
  })

  test('only three messages per address and hour; the answer never changes', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    for (let attempt = 0; attempt < 5; attempt++) {
      const request = await client
        .post(urlFor('auth.password_reset.store'))
        .form({ email: user.email })
        .withCsrfToken()
        .redirects(0)
      request.assertFlashMessage('success', SENT)
    }
    assert.lengthOf(testInbox.to(user.email), 3)
  })
})

test.group('Password reset over the API', (group) => {
  isolateDatabase(group)
  group.each.setup(() => testInbox.clear())

  test('request, then confirm with the mailed token; the token works once', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const apiToken = await tokenHeader(user)

    const request = await client
      .post('/api/v1/users/password-reset')
      .json({ user: { email: user.email } })
    request.assertStatus(202)
    request.assertAgainstApiSpec()
    const unknown = await client
      .post('/api/v1/users/password-reset')
      .json({ user: { email: 'nobody@example.com' } })
    unknown.assertStatus(202)
    assert.deepEqual(unknown.body(), request.body())

    const [message] = await testInbox.waitFor(user.email)
    const token = message.link('/auth/password-reset/').split('/').pop()!

    const confirm = await client
      .post('/api/v1/users/password-reset/confirm')
      .json({ user: { token, password: NEW_PASSWORD } })
    confirm.assertStatus(200)
    confirm.assertAgainstApiSpec()

    const replay = await client
      .post('/api/v1/users/password-reset/confirm')
      .json({ user: { token, password: 'yet-another-password' } })
    replay.assertStatus(422)
    replay.assertAgainstApiSpec()
    assert.include(JSON.stringify(replay.body()), 'invalid or has expired')

    const old = await client.get('/api/v1/user').header('authorization', apiToken)
    old.assertStatus(401)
    await User.verifyCredentials(user.email, NEW_PASSWORD)
    assert.lengthOf(testInbox.messages, 1)
  })

  test('a malformed request is a 422', async ({ client }) => {
    const response = await client
      .post('/api/v1/users/password-reset')
      .json({ user: { email: 'not-an-address' } })
    response.assertStatus(422)
    response.assertAgainstApiSpec()
  })
})
