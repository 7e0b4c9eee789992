import { test } from '@japa/runner'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Signing in and out in the browser', (group) => {
  isolateDatabase(group)

  test('signs in with e-mail and password and renews the session id', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const form = await client.get(urlFor('auth.login'))
    const before = form.cookie('folio-session')?.value

    const response = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email.toUpperCase(), password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', urlFor('main.home'))
    response.assertFlashMessage('success', `Welcome back, ${user.username}.`)
    const after = response.cookie('folio-session')?.value
    assert.exists(after)
    assert.notEqual(after, before)
  })

  test('says the same thing for an unknown e-mail and a wrong password', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const unknown = await client
      .post(urlFor('auth.login.store'))
      .form({ email: 'nobody@example.com', password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    const wrong = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email, password: 'not-the-password' })
      .withCsrfToken()
      .redirects(0)

    assert.equal(unknown.status(), 302)
    assert.equal(wrong.status(), 302)
    assert.equal(unknown.flashMessages().error, 'Invalid e-mail or password.')
    assert.equal(wrong.flashMessages().error, unknown.flashMessages().error)
    assert.equal(wrong.flashMessages().email, user.email, 'the e-mail is kept')
    assert.notProperty(wrong.flashMessages(), 'password')
  })

  test('refuses a deactivated account', async ({ client, assert }) => {
    const user = await UserFactory.apply('inactive').create()
    const response = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    assert.equal(response.flashMessages().error, 'This account has been deactivated.')
    const dashboard = await client.get(urlFor('profiles.settings.edit')).redirects(0)
    dashboard.assertStatus(302)
  })

  test('answers 429 after five failed attempts for one e-mail', async ({ client, assert }) => {
    const user = await UserFactory.create()
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client
        .post(urlFor('auth.login.store'))
        .form({ email: user.email, password: `wrong-${attempt}` })
        .withCsrfToken()
        .redirects(0)
      assert.equal(response.status(), 302, `attempt ${attempt} is an ordinary failure`)
    }

    const blocked = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    blocked.assertStatus(429)
    blocked.assertTextIncludes('Too many failed sign-in attempts')
    assert.exists(blocked.header('retry-after'))

    // Another account from the same address is not affected.
    const other = await UserFactory.create()
    const allowed = await client
      .post(urlFor('auth.login.store'))
      .form({ email: other.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    allowed.assertStatus(302)
    allowed.assertHeader('location', urlFor('main.home'))
  })

  test('"remember me" sets a long-lived remember cookie', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const response = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email, password: FACTORY_PASSWORD, remember: 'on' })
      .withCsrfToken()
      .redirects(0)
    const remember = response.cookies()['remember_web']
    assert.isNotEmpty(remember?.value, 'remember-me cookie is set')
    assert.isAbove(Number(remember.maxAge), 7 * 24 * 3600)

    const plain = await client
      .post(urlFor('auth.login.store'))
      .form({ email: user.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    assert.isEmpty(plain.cookies()['remember_web']?.value ?? '')
  })

  test('returns to a same-site ?next= path after signing in', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client
      .post(urlFor('auth.login.store'))
      .form({
        email: user.email,
        password: FACTORY_PASSWORD,
        next: `${urlFor('profiles.settings.edit')}?tab=profile`,
      })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', `${urlFor('profiles.settings.edit')}?tab=profile`)
  })

  // Off-site ?next= values: tests/functional/security/open_redirect.spec.ts.

  test('sends signed-out visitors of a private page to sign in with ?next=', async ({ client }) => {
    const response = await client.get(urlFor('profiles.settings.edit')).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `${urlFor('auth.login')}?next=%2Fsettings`)
  })

  test('keeps a signed-in member away from the sign-in page', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client.get(urlFor('auth.login')).loginAs(user).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', urlFor('main.home'))
  })

  test('signs out', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client
      .post(urlFor('auth.logout'))
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('success', 'You are signed out.')
  })

  test('signs out a member whose account was deactivated meanwhile', async ({ client }) => {
    const user = await UserFactory.apply('inactive').create()
    const response = await client.get(urlFor('profiles.settings.edit')).loginAs(user).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `${urlFor('auth.login')}?next=%2Fsettings`)
  })
})
