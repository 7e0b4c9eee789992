import { test } from '@japa/runner'
import User from '#models/user'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { testInbox } from '#tests/support/smtp_inbox'
import { urlFor } from '#tests/support/routes'

const NOT_CONFIRMED = 'is not confirmed yet'

test.group('E-mail verification', (group) => {
  isolateDatabase(group)
  group.each.setup(() => testInbox.clear())

  test('a new account gets a link; settings say so and resend; the link confirms', async ({
    client,
    assert,
  }) => {
    const signUp = await client
      .post(urlFor('auth.register.store'))
      .form({
        username: 'newcomer',
        email: 'newcomer@example.com',
        password: 'long-enough-password',
        password_confirmation: 'long-enough-password',
      })
      .withCsrfToken()
      .redirects(0)
    signUp.assertStatus(302)
    const user = await User.findByOrFail('email', 'newcomer@example.com')
    assert.isNull(user.emailVerifiedAt)

    const [first] = await testInbox.waitFor('newcomer@example.com')
    assert.equal(first.subject, 'Confirm your e-mail address')

    const settings = await client.get(urlFor('profiles.settings.edit')).loginAs(user)
    settings.assertTextIncludes(NOT_CONFIRMED)
    settings.assertTextIncludes('Send the link again')

    const resend = await client
      .post(urlFor('profiles.email_verification.store'))
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    resend.assertFlashMessage(
      'success',
      'A new confirmation link is on its way to newcomer@example.com.'
    )
    const [, second] = await testInbox.waitFor('newcomer@example.com', 2)

    // Only the latest link counts.
    const stale = await client.get(new URL(first.link('/auth/verify-email/')).pathname).redirects(0)
    stale.assertFlashMessage('error', 'This confirmation link is invalid or has expired.')

    const confirm = await client
      .get(new URL(second.link('/auth/verify-email/')).pathname)
      .loginAs(user)
      .redirects(0)
    confirm.assertHeader('location', urlFor('profiles.settings.edit'))
    confirm.assertFlashMessage('success', 'Thank you: your e-mail address is confirmed.')
    await user.refresh()
    assert.isNotNull(user.emailVerifiedAt)
    const after = await client.get(urlFor('profiles.settings.edit')).loginAs(user)
    assert.notInclude(after.text(), NOT_CONFIRMED)
  })

  test('admins see whether an address is verified', async ({ client }) => {
    const admin = await UserFactory.apply('admin').create()
    await UserFactory.merge({ username: 'unconfirmed' }).create()
    const page = await client.get(urlFor('admin.users.index')).loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Unverified')
  })

  test('an address change takes effect once the new address is confirmed; the old one is told', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.merge({ email: 'old@example.com' }).create()
    await client
      .put(urlFor('profiles.settings.update'))
      .form({ username: user.username, email: 'new@example.com' })
      .loginAs(user)
      .withCsrfToken()

    const [notice] = await testInbox.waitFor('old@example.com')
    assert.equal(notice.subject, 'Your Folio e-mail address is changing')
    assert.include(notice.text, 'new@example.com')
    const [link] = await testInbox.waitFor('new@example.com')
    assert.equal(link.subject, 'Confirm your new e-mail address')

    // Meanwhile the old address still signs in; the settings page says what is pending.
    await User.verifyCredentials('old@example.com', FACTORY_PASSWORD)
    await user.refresh()
    const settings = await client.get(urlFor('profiles.settings.edit')).loginAs(user)
    settings.assertTextIncludes('is waiting for confirmation')

    const confirm = await client
      .get(new URL(link.link('/auth/verify-email/')).pathname)
      .redirects(0)
    confirm.assertHeader('location', urlFor('auth.login'))
    confirm.assertFlashMessage('success', 'Your new e-mail address is confirmed and now in use.')
    await user.refresh()
    assert.equal(user.email, 'new@example.com')
    assert.isNull(user.pendingEmail)
    assert.isNotNull(user.emailVerifiedAt)
    await User.verifyCredentials('new@example.com', FACTORY_PASSWORD)
  })

  test('an unverified account uses the API as before', async ({ client, assert }) => {
    const response = await client
      .post('/api/v1/users')
      .json({ user: { username: 'apiuser', email: 'api@example.com', password: 'long-enough-pw' } })
    response.assertStatus(201)
    const [message] = await testInbox.waitFor('api@example.com')
    assert.equal(message.subject, 'Confirm your e-mail address')
    const me = await client
      .get('/api/v1/user')
      .header('authorization', `Token ${response.body().user.token}`)
    me.assertStatus(200)
  })
})
