import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Article from '#models/article'
import CreateArticle from '#actions/articles/create_article'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { renderMarkdown } from '#services/markdown'
import { countWords } from '#services/reading_time'
import { urlFor } from '#tests/support/routes'

const BODY = [
  'Airships are **quiet** and _slow_.',
  '',
  '## Lift',
  '',
  '- helium',
  '- hydrogen',
  '',
  '<script>alert("x")</script>',
].join('\n')

test.group('Editor: preview, word count and reading time', (group) => {
  isolateDatabase(group)

  test('the Preview button shows the form again, every field kept, with the rendered body', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.create()
    const response = await client
      .post(urlFor('articles.previews.store'))
      .form({
        title: 'Zeppelins',
        description: 'Over the Baltic',
        body: BODY,
        tags: 'air, history',
      })
      .loginAs(writer)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(200)
    const html = response.text()
    // The same renderer as the article page: its exact HTML.
    assert.include(html, renderMarkdown(BODY).trim())
    assert.include(html, '<h3>Lift</h3>')
    assert.notInclude(html, '<script>alert')
    assert.include(html, '&lt;script&gt;alert')
    // The form keeps what was typed, ready to publish.
    assert.include(html, 'value="Zeppelins"')
    assert.include(html, 'value="air, history"')
    assert.include(html, 'Over the Baltic</textarea>')
    assert.include(html, 'Airships are **quiet** and _slow_.')
    assert.include(html, 'action="/articles"')
    assert.include(html, '9 words · 1 min read')
    assert.include(html, 'name="robots" content="noindex"')
    // Nothing is saved.
    assert.equal((await Article.query().count('* as total'))[0].$extras.total, 0)
  })

  test('a preview needs nothing filled in, and keeps a too long field with its error', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.create()
    const empty = await client
      .post(urlFor('articles.previews.store'))
      .form({ title: '', description: '', body: '', tags: '' })
      .loginAs(writer)
      .withCsrfToken()
    empty.assertStatus(200)
    empty.assertTextIncludes('Nothing to preview yet.')

    const tooLong = await client
      .post(urlFor('articles.previews.store'))
      .form({ title: 'T'.repeat(300), description: 'D', body: 'Body', tags: '' })
      .loginAs(writer)
      .withCsrfToken()
    tooLong.assertStatus(200)
    assert.include(tooLong.text(), `value="${'T'.repeat(300)}"`)
    assert.match(tooLong.text(), /id="field-title-error"/)
  })

  test("an edit's preview keeps the edit form; only the author may use it", async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.create()
    const stranger = await UserFactory.create()
    const article = await new CreateArticle().handle(writer, {
      title: 'Saved title',
      description: 'Saved',
      body: 'Saved body',
      tags: ['kept'],
    })
    const response = await client
      .post(urlFor('articles.edit_previews.store', { slug: article.slug }))
      .form({ title: 'Changed title', description: 'Changed', body: 'New *body*', tags: 'kept' })
      .loginAs(writer)
      .withCsrfToken()
    response.assertStatus(200)
    assert.include(response.text(), `action="/articles/${article.slug}?_method=PUT"`)
    assert.include(response.text(), '<p>New <em>body</em></p>')
    assert.include(response.text(), 'value="Changed title"')
    await article.refresh()
    assert.equal(article.title, 'Saved title')

    const refused = await client
      .post(urlFor('articles.edit_previews.store', { slug: article.slug }))
      .form({ title: 'x', description: 'x', body: 'x' })
      .loginAs(stranger)
      .withCsrfToken()
    refused.assertStatus(403)
  })

  test('the Preview tab gets the body alone back as a rendered fragment', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.create()
    const response = await client
      .post(urlFor('articles.renderings.store'))
      .form({ body: BODY })
      .loginAs(writer)
      .withCsrfToken()
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/html/)
    const html = response.text()
    assert.notInclude(html, '<html')
    assert.include(html, renderMarkdown(BODY).trim())
    assert.include(html, '9 words · 1 min read')

    const guest = await client
      .post(urlFor('articles.renderings.store'))
      .form({ body: BODY })
      .redirects(0)
    assert.equal(guest.status(), 302)
    const noToken = await client
      .post(urlFor('articles.renderings.store'))
      .form({ body: BODY })
      .loginAs(writer)
      .redirects(0)
    assert.equal(noToken.status(), 302)
    assert.equal(noToken.flashMessages().error, 'Invalid or expired CSRF token')
  })

  test('a failed save shows the form again with everything typed, a long body included', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.create()
    // Far more than a session cookie could carry back through a redirect.
    const longBody = 'A sentence that keeps going. '.repeat(3000)
    const response = await client
      .post(urlFor('articles.store'))
      .form({ title: '', description: 'Kept summary', body: longBody, tags: 'kept, tags' })
      .loginAs(writer)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(422)
    const html = response.text()
    assert.include(html, longBody.trim())
    assert.include(html, 'Kept summary</textarea>')
    assert.include(html, 'value="kept, tags"')
    assert.match(html, /id="field-title-error"/)
    assert.include(html, 'aria-invalid="true"')
    assert.equal((await Article.query().count('* as total'))[0].$extras.total, 0)
  })

  test('a failed edit keeps the edit form and the typed text', async ({ client, assert }) => {
    const writer = await UserFactory.create()
    const article = await new CreateArticle().handle(writer, {
      title: 'Original',
      description: 'Original summary',
      body: 'Original body',
    })
    const response = await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({ title: 'Edited', description: '', body: 'Edited body', tags: '' })
      .loginAs(writer)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(422)
    assert.include(response.text(), 'value="Edited"')
    assert.include(response.text(), 'Edited body')
    assert.include(response.text(), `action="/articles/${article.slug}?_method=PUT"`)
    await article.refresh()
    assert.equal(article.body, 'Original body')
  })

  test('cards and the article page show the reading time; the editor the word count', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.create()
    // 690 words, Markdown markers not counted: three minutes at 230 words a minute.
    const body = `## Heading\n\n${'word '.repeat(688)}\n\n- **end**`
    const article = await new CreateArticle().handle(writer, {
      title: 'A long read',
      description: 'Three minutes',
      body,
    })

    const home = await client.get(urlFor('main.home'))
    home.assertStatus(200)
    assert.include(home.text(), '3 min read')

    const page = await client.get(urlFor('articles.show', { slug: article.slug }))
    assert.include(page.text(), '3 min read')

    const editor = await client.get(urlFor('articles.edit', { slug: article.slug })).loginAs(writer)
    assert.include(editor.text(), '690 words · 3 min read')
  })

  test("the stored word count follows the editor's rule, whatever the script", async ({
    assert,
  }) => {
    const writer = await UserFactory.create()
    const body = [
      '## Überschrift: café, naïve — ok?',
      '',
      '- привет мир',
      '- 東京 タワー',
      '- 42 **bold** `code` [link](https://example.com) 🙂 -- ***',
    ].join('\n')
    const article = await new CreateArticle().handle(writer, {
      title: 'Scripts',
      description: 'Many',
      body,
    })
    const { rows } = await db.rawQuery('SELECT word_count FROM articles WHERE id = ?', [article.id])
    assert.equal(rows[0].word_count, countWords(body))
    assert.equal(countWords(body), 12)
  })
})
