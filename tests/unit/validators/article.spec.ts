import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import {
  createArticleValidator,
  parsePublishAt,
  previewArticleValidator,
  renderArticleBodyValidator,
} from '#validators/article'
import { refusals } from '#tests/support/validation'

const valid = { title: 'A title', description: 'About it', body: 'Some text' }

test.group('Validators | article form', () => {
  test('trims one-line fields and keeps the body as typed but for line endings', async ({
    assert,
  }) => {
    const output = await createArticleValidator.validate({
      title: '  Spaced title  ',
      description: '\tA description \n',
      body: '  Indented\r\nline\rnext  ',
    })
    assert.equal(output.title, 'Spaced title')
    assert.equal(output.description, 'A description')
    assert.equal(output.body, '  Indented\nline\nnext  ')
  })

  test('turns the comma-separated tags into a normalized, sorted list', async ({ assert }) => {
    const output = await createArticleValidator.validate({
      ...valid,
      tags: ' Node ,  web   dev,node,, ,Adonis ',
    })
    assert.deepEqual(output.tags, ['adonis', 'node', 'web dev'])
  })

  test('reads the submit button as a boolean and the schedule as set or cancel', async ({
    assert,
  }) => {
    const output = await createArticleValidator.validate({
      ...valid,
      published: 'false',
      schedule: 'set',
      publish_at: ' 2030-01-01T09:30 ',
      time_zone: 'Europe/Lisbon',
    })
    assert.isFalse(output.published)
    assert.equal(output.schedule, 'set')
    assert.equal(output.publish_at, '2030-01-01T09:30')
    assert.deepEqual(
      await refusals(createArticleValidator.validate({ ...valid, schedule: 'later' })),
      { schedule: 'The selected schedule is invalid' }
    )
  })

  test('refuses a missing, blank or whitespace-only title, description and body', async ({
    assert,
  }) => {
    assert.deepEqual(await refusals(createArticleValidator.validate({})), {
      title: 'The title field must be defined',
      description: 'The description field must be defined',
      body: 'The body field must be defined',
    })
    assert.deepEqual(
      await refusals(
        createArticleValidator.validate({ title: '   ', description: '\n', body: ' \r\n\t ' })
      ),
      {
        title: 'The title field must not be blank',
        description: 'The description field must not be blank',
        body: 'The body field must not be blank',
      }
    )
  })

  test('counts lengths in characters, so 255 emoji make a valid title and 256 do not', async ({
    assert,
  }) => {
    const output = await createArticleValidator.validate({ ...valid, title: '🎉'.repeat(255) })
    assert.equal(output.title, '🎉'.repeat(255))
    assert.deepEqual(
      await refusals(createArticleValidator.validate({ ...valid, title: '🎉'.repeat(256) })),
      { title: 'The title field must not be greater than 255 characters' }
    )
    assert.deepEqual(
      await refusals(createArticleValidator.validate({ ...valid, body: 'x'.repeat(100_001) })),
      { body: 'The body field must not be greater than 100000 characters' }
    )
  })

  test('a preview accepts a half-written draft but not an oversized one', async ({ assert }) => {
    assert.deepEqual(await previewArticleValidator.validate({ body: '' }), { body: '' })
    assert.deepEqual(await refusals(previewArticleValidator.validate({ title: 'x'.repeat(256) })), {
      title: 'The title field must not be greater than 255 characters',
    })
    assert.deepEqual(
      await refusals(renderArticleBodyValidator.validate({ body: 'x'.repeat(100_001) })),
      { body: 'The body field must not be greater than 100000 characters' }
    )
  })
})

test.group('Validators | publication time', () => {
  test('reads a local time in the writer’s zone and answers it in UTC', ({ assert }) => {
    const year = DateTime.now().year + 1
    const time = parsePublishAt(`${year}-07-01T09:30`, 'publish_at', 'Europe/Lisbon')
    assert.equal(time.zoneName, 'UTC')
    assert.equal(time.toISO(), `${year}-07-01T08:30:00.000Z`)
  })

  test('falls back to UTC for an unknown zone and honours an explicit offset', ({ assert }) => {
    const year = DateTime.now().year + 1
    assert.equal(
      parsePublishAt(`${year}-01-01T10:00`, 'publish_at', 'Mars/Olympus').toISO(),
      `${year}-01-01T10:00:00.000Z`
    )
    assert.equal(
      parsePublishAt(`${year}-01-01T10:00:00+02:00`, 'publishAt').toISO(),
      `${year}-01-01T08:00:00.000Z`
    )
  })

  test('refuses a missing or unreadable time, and one that is not in the future', async ({
    assert,
  }) => {
    const parse = (value: string | undefined) =>
      Promise.resolve().then(() => parsePublishAt(value, 'article.publishAt'))
    assert.deepEqual(await refusals(parse(undefined)), {
      'article.publishAt': 'Enter a date and time to publish at.',
    })
    assert.deepEqual(await refusals(parse('next tuesday')), {
      'article.publishAt': 'Enter a date and time to publish at.',
    })
    assert.deepEqual(await refusals(parse(DateTime.now().minus({ minutes: 1 }).toISO()!)), {
      'article.publishAt': 'Choose a time in the future.',
    })
  })
})
