import { test } from '@japa/runner'
import Tag from '#models/tag'
import { slugify, slugMatchesBase } from '#actions/articles/article_slug'

test.group('Article slugs', () => {
  test('lower-cases the title and joins words with single dashes', ({ assert }) => {
    assert.equal(slugify('Hello,   World!'), 'hello-world')
    assert.equal(slugify('  --Trim me--  '), 'trim-me')
  })

  test('drops accents and keeps digits', ({ assert }) => {
    assert.equal(slugify('Crème brûlée in 10 steps'), 'creme-brulee-in-10-steps')
  })

  test('falls back to "article" when nothing is left', ({ assert }) => {
    assert.equal(slugify('🎉🎉'), 'article')
    assert.equal(slugify('<script>'), 'script')
    assert.equal(slugify('!!!'), 'article')
  })

  test('keeps room for a suffix under the 255-character column', ({ assert }) => {
    const slug = slugify('word '.repeat(100))
    assert.isAtMost(slug.length, 200)
    assert.isFalse(slug.endsWith('-'))
  })

  test('recognizes a slug already derived from a title, with or without suffix', ({ assert }) => {
    assert.isTrue(slugMatchesBase('hello-world', 'hello-world'))
    assert.isTrue(slugMatchesBase('hello-world-3', 'hello-world'))
    assert.isFalse(slugMatchesBase('hello-world-again', 'hello-world'))
    assert.isFalse(slugMatchesBase('hello', 'hello-world'))
  })
})

test.group('Tag names', () => {
  test('are trimmed, lower-cased, de-duplicated and sorted', ({ assert }) => {
    assert.deepEqual(Tag.normalizeNames([' Node ', 'web dev', 'NODE', '', 'Adonis']), [
      'adonis',
      'node',
      'web dev',
    ])
  })
})
