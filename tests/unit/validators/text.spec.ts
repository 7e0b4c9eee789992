import { test } from '@japa/runner'
import vine from '@vinejs/vine'
import {
  characterCount,
  multiLineText,
  optionalNotNull,
  queryInteger,
  singleLineText,
  verbatimText,
} from '#validators/text'
import { refusals } from '#tests/support/validation'

test.group('Validators | text fields', () => {
  test('counts characters as code points, a surrogate pair as one', ({ assert }) => {
    assert.equal(characterCount(''), 0)
    assert.equal(characterCount('abc'), 3)
    assert.equal(characterCount('🎉🎉'), 2)
    assert.equal(characterCount('é'), 1)
    // A lone surrogate is still one character.
    assert.equal(characterCount('\ud83dx'), 2)
  })

  test('a single-line text is trimmed before its length is checked', async ({ assert }) => {
    const validator = vine.create({ name: singleLineText({ min: 2, max: 5 }) })
    assert.deepEqual(await validator.validate({ name: '  hello  ' }), { name: 'hello' })
    assert.deepEqual(await refusals(validator.validate({ name: ' a ' })), {
      name: 'The name field must have at least 2 characters',
    })
    assert.deepEqual(await refusals(validator.validate({ name: 'hello!' })), {
      name: 'The name field must not be greater than 5 characters',
    })
  })

  test('a single-line text with min 0 accepts the empty string', async ({ assert }) => {
    const validator = vine.create({ q: singleLineText({ min: 0, max: 5 }) })
    assert.deepEqual(await validator.validate({ q: '   ' }), { q: '' })
  })

  test('multi-line text keeps spaces, normalizes line endings and refuses blank text', async ({
    assert,
  }) => {
    const validator = vine.create({ body: multiLineText({ max: 10 }) })
    assert.deepEqual(await validator.validate({ body: ' a\r\nb\r ' }), { body: ' a\nb\n ' })
    assert.deepEqual(await refusals(validator.validate({ body: '\r\n \t' })), {
      body: 'The body field must not be blank',
    })
    assert.deepEqual(await refusals(validator.validate({ body: '' })), {
      body: 'The body field must not be blank',
    })
    assert.deepEqual(await refusals(validator.validate({ body: 'x'.repeat(11) })), {
      body: 'The body field must not be greater than 10 characters',
    })
  })

  test('verbatim text keeps every space and counts it', async ({ assert }) => {
    const validator = vine.create({ password: verbatimText({ min: 8, max: 10 }) })
    assert.deepEqual(await validator.validate({ password: '  pass  ' }), { password: '  pass  ' })
    assert.deepEqual(await refusals(validator.validate({ password: ' short ' })), {
      password: 'The password field must have at least 8 characters',
    })
  })

  test('an optional field may be left out but not sent as null', async ({ assert }) => {
    const validator = vine.create({ title: optionalNotNull(singleLineText({ max: 10 })) })
    assert.deepEqual(await validator.validate({}), {})
    assert.deepEqual(await refusals(validator.validate({ title: null })), {
      title: 'The title field must not be null',
    })
  })

  test('a query integer takes decimal digits only, within its range', async ({ assert }) => {
    const validator = vine.create({ limit: queryInteger({ min: 1, max: 100 }) })
    assert.deepEqual(await validator.validate({ limit: '20' }), { limit: 20 })
    assert.deepEqual(await validator.validate({ limit: 5 }), { limit: 5 })
    assert.deepEqual(await validator.validate({}), {})
    for (const text of ['1e2', '0x10', '1.0', ' 5', 'abc', '']) {
      assert.deepEqual(
        await refusals(validator.validate({ limit: text })),
        { limit: 'The limit field must be an integer' },
        `limit=${JSON.stringify(text)}`
      )
    }
    assert.deepEqual(await refusals(validator.validate({ limit: ['1'] })), {
      limit: 'The limit field must be an integer',
    })
    assert.deepEqual(await refusals(validator.validate({ limit: '101' })), {
      limit: 'The limit field must be between 1 and 100',
    })
    assert.deepEqual(await refusals(validator.validate({ limit: '0' })), {
      limit: 'The limit field must be between 1 and 100',
    })
  })
})
