import { test } from '@japa/runner'
import {
  adminArticlesValidator,
  adminCommentsValidator,
  adminUsersValidator,
  updateCommentVisibilityValidator,
  updateUserRoleValidator,
  updateUserStatusValidator,
} from '#validators/admin'
import { dashboardValidator, MAX_PAGE, pageNumber, searchValidator } from '#validators/page'
import { apiWeatherValidator, weatherPageValidator } from '#validators/weather'
import { refusals } from '#tests/support/validation'

test.group('Validators | list query strings', () => {
  test('any page that is not a positive whole number is page 1', ({ assert }) => {
    assert.equal(pageNumber('3'), 3)
    assert.equal(pageNumber(' 7 '), 7)
    assert.equal(pageNumber(4), 4)
    for (const raw of [undefined, null, '', 'abc', '-2', '0', '1.5', '1e3', ['2'], '1234567890']) {
      assert.equal(pageNumber(raw), 1, JSON.stringify(raw))
    }
    assert.equal(pageNumber('999999999'), MAX_PAGE)
  })

  test('a list never refuses its query string', async ({ assert }) => {
    assert.deepEqual(await searchValidator.validate({ q: '  terms  ', page: '2' }), {
      q: 'terms',
      page: 2,
    })
    assert.deepEqual(await searchValidator.validate({ q: ['a', 'b'], page: 'x' }), {
      q: '',
      page: 1,
    })
    assert.equal((await searchValidator.validate({ q: 'y'.repeat(300) })).q.length, 200)
    assert.deepEqual(await dashboardValidator.validate({ status: 'draft' }), {
      status: 'draft',
      page: 1,
    })
    assert.deepEqual(await dashboardValidator.validate({ status: 'deleted' }), { page: 1 })
  })

  test('admin lists filter by known values only and cut free text', async ({ assert }) => {
    assert.deepEqual(await adminCommentsValidator.validate({ status: 'hidden', page: '3' }), {
      status: 'hidden',
      page: 3,
    })
    assert.deepEqual(await adminCommentsValidator.validate({ status: 'spam' }), { page: 1 })
    assert.deepEqual(
      await adminArticlesValidator.validate({ author: ` ${'a'.repeat(50)} `, status: 'published' }),
      { author: 'a'.repeat(40), status: 'published', page: 1 }
    )
    assert.deepEqual(await adminUsersValidator.validate({}), { q: '', page: 1 })
  })
})

test.group('Validators | admin forms', () => {
  test('roles, account statuses and comment statuses are closed lists', async ({ assert }) => {
    assert.deepEqual(await updateUserRoleValidator.validate({ role: 'moderator' }), {
      role: 'moderator',
    })
    assert.deepEqual(await refusals(updateUserRoleValidator.validate({ role: 'owner' })), {
      role: 'The selected role is invalid',
    })
    assert.deepEqual(await updateUserStatusValidator.validate({ status: 'inactive' }), {
      status: 'inactive',
    })
    assert.deepEqual(await refusals(updateUserStatusValidator.validate({ status: 'banned' })), {
      status: 'The selected status is invalid',
    })
    assert.deepEqual(await refusals(updateCommentVisibilityValidator.validate({})), {
      status: 'The status field must be defined',
    })
  })
})

test.group('Validators | weather', () => {
  test('the page takes an empty place; the API needs one, trimmed', async ({ assert }) => {
    assert.deepEqual(await weatherPageValidator.validate({ location: '  ' }), { location: '' })
    assert.deepEqual(await apiWeatherValidator.validate({ params: { location: ' Lisbon ' } }), {
      params: { location: 'Lisbon' },
    })
    assert.deepEqual(await refusals(apiWeatherValidator.validate({ params: { location: ' ' } })), {
      'params.location': 'The location field must not be blank',
    })
    assert.deepEqual(
      await refusals(apiWeatherValidator.validate({ params: { location: 'x'.repeat(121) } })),
      { 'params.location': 'The location field must not be greater than 120 characters' }
    )
  })
})
