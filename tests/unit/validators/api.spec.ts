import { test } from '@japa/runner'
import {
  apiCreateArticleValidator,
  apiListArticlesValidator,
  apiPageValidator,
  apiUpdateArticleValidator,
  MAX_OFFSET,
  pageWindowOf,
} from '#validators/api'
import { refusals } from '#tests/support/validation'

const article = { title: 'Title', description: 'About', body: 'Text' }

test.group('Validators | API articles', () => {
  test('takes a wrapped article, trims its one-line fields and drops unknown ones', async ({
    assert,
  }) => {
    const output = await apiCreateArticleValidator.validate({
      article: {
        ...article,
        title: ' Title ',
        tagList: [' node ', 'web'],
        slug: 'chosen-slug',
        favoritesCount: 99,
        authorId: 1,
      },
    })
    assert.deepEqual(output, {
      article: { title: 'Title', description: 'About', body: 'Text', tagList: ['node', 'web'] },
    })
  })

  test('wants `published` as a real boolean, not a string', async ({ assert }) => {
    const output = await apiCreateArticleValidator.validate({
      article: { ...article, published: false },
    })
    assert.isFalse(output.article.published)
    assert.deepEqual(
      await refusals(
        apiCreateArticleValidator.validate({ article: { ...article, published: 'true' } })
      ),
      { 'article.published': 'The value must be a boolean' }
    )
  })

  test('refuses more than 20 tags, or a tag over 40 characters', async ({ assert }) => {
    const many = Array.from({ length: 21 }, (_, index) => `tag${index}`)
    assert.deepEqual(
      await refusals(
        apiCreateArticleValidator.validate({ article: { ...article, tagList: many } })
      ),
      { 'article.tagList': 'The tagList field must not have more than 20 items' }
    )
    assert.deepEqual(
      await refusals(
        apiCreateArticleValidator.validate({ article: { ...article, tagList: ['x'.repeat(41)] } })
      ),
      { 'article.tagList.0': 'The 0 field must not be greater than 40 characters' }
    )
  })

  test('an update may leave anything out, refuses null but for publishAt', async ({ assert }) => {
    assert.deepEqual(await apiUpdateArticleValidator.validate({ article: {} }), { article: {} })
    assert.deepEqual(await apiUpdateArticleValidator.validate({ article: { publishAt: null } }), {
      article: { publishAt: null },
    })
    assert.deepEqual(
      await refusals(
        apiUpdateArticleValidator.validate({
          article: { title: null, body: null, tagList: null, published: null },
        })
      ),
      {
        'article.title': 'The title field must not be null',
        'article.body': 'The body field must not be null',
        'article.tagList': 'The tagList field must not be null',
        'article.published': 'The published field must not be null',
      }
    )
    assert.deepEqual(
      await refusals(apiUpdateArticleValidator.validate({ article: { title: '  ' } })),
      { 'article.title': 'The title field must not be blank' }
    )
  })
})

test.group('Validators | API lists', () => {
  test('reads filters and paging from the query string', async ({ assert }) => {
    const output = await apiListArticlesValidator.validate({
      tag: ' node ',
      author: 'ana',
      q: '  full text ',
      limit: '10',
      offset: '40',
    })
    assert.deepEqual(output, { tag: 'node', author: 'ana', q: 'full text', limit: 10, offset: 40 })
    assert.deepEqual(pageWindowOf(output), { limit: 10, offset: 40 })
    assert.deepEqual(pageWindowOf({}), { limit: 20, offset: 0 })
    assert.deepEqual(pageWindowOf({}, 5), { limit: 5, offset: 0 })
  })

  test('refuses a limit or offset outside its range, or not a whole number', async ({ assert }) => {
    assert.deepEqual(await refusals(apiPageValidator.validate({ limit: '101', offset: '-1' })), {
      limit: 'The limit field must be between 1 and 100',
      offset: `The offset field must be between 0 and ${MAX_OFFSET}`,
    })
    assert.deepEqual(await refusals(apiPageValidator.validate({ offset: '1e3' })), {
      offset: 'The offset field must be an integer',
    })
    assert.deepEqual(await apiPageValidator.validate({ offset: String(MAX_OFFSET) }), {
      offset: MAX_OFFSET,
    })
  })
})
