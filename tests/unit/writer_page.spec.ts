import { test } from '@japa/runner'
import { countWords, readingMinutes, readingTimeLabel } from '#services/reading_time'
import { jsonLd } from '#services/page_metadata'
import { diffArticleText, diffHtml } from '#services/article_diff'

test.group('Word count and reading time', () => {
  test('counts words, not Markdown markers', ({ assert }) => {
    assert.equal(countWords(''), 0)
    assert.equal(countWords('## Heading\n\n- one\n- **two**\n\n> three, four.'), 5)
    assert.equal(countWords('Überschrift café 42 — ok'), 4)
  })

  test('reads at 230 words a minute, at least one minute', ({ assert }) => {
    assert.equal(readingMinutes(0), 0)
    assert.equal(readingMinutes(1), 1)
    assert.equal(readingMinutes(690), 3)
    assert.equal(readingTimeLabel(0), '1 min read')
    assert.equal(readingTimeLabel(2300), '10 min read')
  })
})

test.group('JSON-LD', () => {
  test('no text can close the script element; the data reads back the same', ({ assert }) => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028' }
    const serialized = jsonLd(data)
    assert.notInclude(serialized, '<')
    assert.notInclude(serialized, '>')
    assert.deepEqual(JSON.parse(serialized), data)
  })
})

test.group('Revision diff', () => {
  test('marks what only the revision has and what only the current text has, escaped', ({
    assert,
  }) => {
    const diff = diffArticleText(
      { title: 'Old title', description: 'Same', body: 'a\nb <x>\n', tags: ['one', 'two'] },
      { title: 'New title', description: 'Same', body: 'a\nc\n', tags: ['two', 'three'] }
    )
    assert.isTrue(diff.changed)
    assert.equal(diffHtml(diff.title), '<del>Old</del><ins>New</ins> title')
    assert.equal(diffHtml(diff.description), 'Same')
    assert.equal(diffHtml(diff.body), 'a\n<del>b &lt;x&gt;\n</del><ins>c\n</ins>')
    assert.deepEqual(diff.tags, { removed: ['one'], added: ['three'], kept: ['two'] })

    const same = { title: 't', description: 'd', body: 'b', tags: [] }
    assert.isFalse(diffArticleText(same, same).changed)
  })
})
