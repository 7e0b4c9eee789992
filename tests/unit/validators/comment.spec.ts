import { test } from '@japa/runner'
import { createCommentValidator } from '#validators/comment'
import { apiCreateCommentValidator } from '#validators/api'
import { refusals } from '#tests/support/validation'

test.group('Validators | comments', () => {
  test('keeps the body as typed but for line endings, with an optional parent', async ({
    assert,
  }) => {
    assert.deepEqual(await createCommentValidator.validate({ body: ' Nice\r\npost ' }), {
      body: ' Nice\npost ',
    })
    assert.deepEqual(await createCommentValidator.validate({ body: 'Reply', parentId: '12' }), {
      body: 'Reply',
      parentId: 12,
    })
  })

  test('refuses a blank or oversized body and a parent that is not a positive whole number', async ({
    assert,
  }) => {
    assert.deepEqual(await refusals(createCommentValidator.validate({ body: ' \n ' })), {
      body: 'The body field must not be blank',
    })
    assert.deepEqual(await refusals(createCommentValidator.validate({ body: 'x'.repeat(5001) })), {
      body: 'The body field must not be greater than 5000 characters',
    })
    assert.deepEqual(
      await refusals(createCommentValidator.validate({ body: 'Hi', parentId: '1.5' })),
      { parentId: 'The parentId field must be an integer' }
    )
    assert.deepEqual(
      await refusals(createCommentValidator.validate({ body: 'Hi', parentId: '-3' })),
      { parentId: 'The parentId field must be positive' }
    )
  })

  test('the API takes a wrapped comment, and a null parent means a top-level comment', async ({
    assert,
  }) => {
    assert.deepEqual(
      await apiCreateCommentValidator.validate({ comment: { body: 'Hi', parentId: null } }),
      { comment: { body: 'Hi', parentId: null } }
    )
    assert.deepEqual(await refusals(apiCreateCommentValidator.validate({ body: 'Hi' })), {
      comment: 'The comment field must be defined',
    })
  })
})
