import { test } from '@japa/runner'
import { isSafeUrl, renderMarkdown } from '#services/markdown'
import { XSS_PAYLOADS, activeContent } from '#tests/functional/articles/inert_html'

test.group('Markdown rendering', () => {
  test('renders ordinary Markdown', ({ assert }) => {
    const html = renderMarkdown('Some **bold** and _italic_ text with `code`.\n\n- one\n- two')
    assert.include(html, '<strong>bold</strong>')
    assert.include(html, '<em>italic</em>')
    assert.include(html, '<code>code</code>')
    assert.include(html, '<li>one</li>')
  })

  test('starts headings at h2, since the article title is the page h1', ({ assert }) => {
    const html = renderMarkdown('# Top\n\n## Second\n\n###### Deepest')
    assert.include(html, '<h2>Top</h2>')
    assert.include(html, '<h3>Second</h3>')
    assert.include(html, '<h6>Deepest</h6>')
    assert.notInclude(html, '<h1>')
  })

  test('marks links as user content and linkifies bare URLs', ({ assert }) => {
    const html = renderMarkdown('[Folio](https://folio.example/a) and https://example.com/b')
    assert.include(html, '<a href="https://folio.example/a" rel="nofollow ugc noopener">Folio</a>')
    assert.include(
      html,
      '<a href="https://example.com/b" rel="nofollow ugc noopener">https://example.com/b</a>'
    )
  })

  test('keeps relative, http(s) and mailto links and images', ({ assert }) => {
    const html = renderMarkdown(
      '[a](/articles/x) [b](#top) [c](mailto:me@example.com) ![d](https://img.example/p.png)'
    )
    assert.include(html, 'href="/articles/x"')
    assert.include(html, 'href="#top"')
    assert.include(html, 'href="mailto:me@example.com"')
    assert.include(html, '<img src="https://img.example/p.png" alt="d">')
  })

  test('prints raw HTML as text', ({ assert }) => {
    const html = renderMarkdown('<b>bold?</b> <script>alert(1)</script>')
    assert.include(html, '&lt;b&gt;bold?&lt;/b&gt;')
    assert.include(html, '&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  for (const payload of XSS_PAYLOADS) {
    test('renders {$self} inert')
      .with([payload])
      .run(({ assert }, source) => {
        const html = renderMarkdown(`Before\n\n${source}\n\nAfter`)
        assert.deepEqual(activeContent(html), [])
        assert.notMatch(html, /href="(javascript|vbscript|data):/i)
        assert.notMatch(html, /src="(javascript|vbscript|data):/i)
      })
  }

  test('refuses javascript:, vbscript:, file: and data: URLs, however they are spelled', ({
    assert,
  }) => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'data:image/png;base64,iVBORw0KGgo=',
      'custom-scheme:payload',
    ]) {
      assert.isFalse(isSafeUrl(url), url)
    }
  })

  test('accepts relative paths, fragments and http(s)/mailto URLs', ({ assert }) => {
    for (const url of [
      '/a/b',
      '#x',
      '?q=1',
      'page.html',
      './a:b',
      'https://x.example',
      'http://x.example',
      'mailto:a@b.c',
      '//cdn.example/x',
    ]) {
      assert.isTrue(isSafeUrl(url), url)
    }
  })

  test('renders empty input as nothing', ({ assert }) => {
    assert.equal(renderMarkdown(''), '')
  })
})
