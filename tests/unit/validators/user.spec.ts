import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import {
  apiLoginValidator,
  apiPasswordResetConfirmValidator,
  apiUpdateUserValidator,
  loginValidator,
  notificationPreferencesValidator,
  passwordResetRequestValidator,
  registerValidator,
  updateSettingsValidator,
} from '#validators/user'
import { refusals } from '#tests/support/validation'
import { isolateDatabase } from '#tests/support/database'

const registration = {
  username: 'new_writer',
  email: 'writer@example.com',
  password: 'long enough',
  password_confirmation: 'long enough',
}

test.group('Validators | accounts', (group) => {
  isolateDatabase(group)

  test('registration trims the username, lower-cases the e-mail and keeps the password as typed', async ({
    assert,
  }) => {
    const output = await registerValidator.validate({
      ...registration,
      username: '  new_writer ',
      email: '  Writer@Example.COM ',
      password: ' spaced pass ',
      password_confirmation: ' spaced pass ',
    })
    assert.equal(output.username, 'new_writer')
    assert.equal(output.email, 'writer@example.com')
    assert.equal(output.password, ' spaced pass ')
  })

  test('registration refuses a malformed username, e-mail and password', async ({ assert }) => {
    assert.deepEqual(
      await refusals(
        registerValidator.validate({
          username: 'no spaces!',
          email: 'not-an-address',
          password: 'short',
          password_confirmation: 'short',
        })
      ),
      {
        username: 'The username field format is invalid',
        email: 'The email field must be a valid email address',
        password: 'The password field must have at least 8 characters',
      }
    )
    assert.deepEqual(
      await refusals(registerValidator.validate({ ...registration, username: 'ab' })),
      {
        username: 'The username field must have at least 3 characters',
      }
    )
    assert.deepEqual(
      await refusals(registerValidator.validate({ ...registration, password: 'x'.repeat(129) })),
      { password: 'The password field must not be greater than 128 characters' }
    )
  })

  test('registration needs the password typed twice the same, reported on the second', async ({
    assert,
  }) => {
    assert.deepEqual(
      await refusals(
        registerValidator.validate({ ...registration, password_confirmation: 'long enougH' })
      ),
      {
        password_confirmation:
          'The password field and password_confirmation field must be the same',
      }
    )
  })

  test('a username or e-mail taken in any letter case is refused', async ({ assert }) => {
    await UserFactory.merge({ username: 'Taken_Name', email: 'taken@example.com' }).create()
    assert.deepEqual(
      await refusals(
        registerValidator.validate({
          ...registration,
          username: 'taken_name',
          email: 'TAKEN@example.com',
        })
      ),
      {
        username: 'The username has already been taken',
        email: 'The email has already been taken',
      }
    )
  })

  test('settings let a user keep their own username and e-mail, not take another’s', async ({
    assert,
  }) => {
    const user = await UserFactory.merge({
      username: 'keeper',
      email: 'keeper@example.com',
    }).create()
    await UserFactory.merge({ username: 'other', email: 'other@example.com' }).create()

    const kept = await updateSettingsValidator.validate(
      { username: 'Keeper', email: 'keeper@example.com' },
      { meta: { userId: user.id } }
    )
    assert.equal(kept.username, 'Keeper')
    assert.deepEqual(
      await refusals(
        updateSettingsValidator.validate(
          { username: 'other', email: 'Other@example.com' },
          { meta: { userId: user.id } }
        )
      ),
      {
        username: 'The username has already been taken',
        email: 'The email has already been taken',
      }
    )
  })

  test('an empty profile field clears it, and the image must be an http(s) URL', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const cleared = await updateSettingsValidator.validate(
      { username: user.username, email: user.email, image: '  ', bio: '\n ', location: '' },
      { meta: { userId: user.id } }
    )
    assert.isNull(cleared.image)
    assert.isNull(cleared.bio)
    assert.isNull(cleared.location)

    const filled = await updateSettingsValidator.validate(
      {
        username: user.username,
        email: user.email,
        image: ' https://example.com/me.png ',
        location: '  Lisbon ',
      },
      { meta: { userId: user.id } }
    )
    assert.equal(filled.image, 'https://example.com/me.png')
    assert.equal(filled.location, 'Lisbon')

    assert.deepEqual(
      await refusals(
        updateSettingsValidator.validate(
          { username: user.username, email: user.email, image: 'javascript:alert(1)' },
          { meta: { userId: user.id } }
        )
      ),
      { image: 'The image field must be a valid URL' }
    )
  })

  test('the API update leaves out what is absent and refuses an explicit null', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const output = await apiUpdateUserValidator.validate(
      { user: { bio: null } },
      { meta: { userId: user.id } }
    )
    assert.deepEqual(output, { user: { bio: null } })
    assert.deepEqual(
      await refusals(
        apiUpdateUserValidator.validate(
          { user: { username: null, email: null, password: null } },
          { meta: { userId: user.id } }
        )
      ),
      {
        'user.username': 'The username field must not be null',
        'user.email': 'The email field must not be null',
        'user.password': 'The password field must not be null',
      }
    )
  })

  test('sign-in lower-cases the e-mail and takes any password up to 128 characters', async ({
    assert,
  }) => {
    const output = await loginValidator.validate({ email: ' Me@Example.com ', password: 'x' })
    assert.deepEqual(output, { email: 'me@example.com', password: 'x' })
    const api = await apiLoginValidator.validate({ user: { email: 'A@B.C', password: ' p ' } })
    assert.deepEqual(api, { user: { email: 'a@b.c', password: ' p ' } })
    assert.deepEqual(
      await refusals(
        loginValidator.validate({ email: 'me@example.com', password: 'x'.repeat(129) })
      ),
      { password: 'The password field must not be greater than 128 characters' }
    )
  })

  test('password reset asks for a valid e-mail and a token with a new password', async ({
    assert,
  }) => {
    assert.deepEqual(await passwordResetRequestValidator.validate({ email: ' Me@Example.com' }), {
      email: 'me@example.com',
    })
    assert.deepEqual(await refusals(passwordResetRequestValidator.validate({ email: 'me' })), {
      email: 'The email field must be a valid email address',
    })
    assert.deepEqual(
      await refusals(
        apiPasswordResetConfirmValidator.validate({ user: { token: '  ', password: 'short' } })
      ),
      {
        'user.token': 'The token field must have at least 1 characters',
        'user.password': 'The password field must have at least 8 characters',
      }
    )
  })

  test('notification preferences are email, site or off', async ({ assert }) => {
    assert.deepEqual(
      await notificationPreferencesValidator.validate({ comment: 'site', follow: 'off' }),
      { comment: 'site', follow: 'off' }
    )
    assert.deepEqual(
      await refusals(
        notificationPreferencesValidator.validate({ comment: 'sms', follow: 'email' })
      ),
      { comment: 'The selected comment is invalid' }
    )
  })
})
