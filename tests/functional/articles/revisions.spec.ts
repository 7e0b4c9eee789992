import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import { REVISIONS_KEPT } from '#actions/articles/create_article_revision'
import Article from '#models/article'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { signedInMember, tokenHeader } from '#tests/support/api'
import { urlFor } from '#tests/support/routes'

interface RevisionRecord {
  id: number
  editor_id: number | null
  title: string
  description: string
  body: string
  tags: string[]
}

async function revisionsOf(article: Article): Promise<RevisionRecord[]> {
  const { rows } = await db.rawQuery(
    'SELECT id, editor_id, title, description, body, tags FROM article_revisions WHERE article_id = ? ORDER BY id DESC',
    [article.id]
  )
  return rows
}

async function writtenArticle() {
  const writer = await UserFactory.create()
  const article = await new CreateArticle().handle(writer, {
    title: 'First title',
    description: 'First summary',
    body: 'Line one\nLine two',
    tags: ['alpha', 'beta'],
  })
  return { writer, article }
}

test.group('Revisions', (group) => {
  isolateDatabase(group)

  test('each save keeps the previous text and tags, with who saved and when', async ({
    client,
    assert,
  }) => {
    const { writer, article } = await writtenArticle()
    const response = await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({
        title: 'Second title',
        description: 'Second summary',
        body: 'Line one\nLine 2\n',
        tags: 'beta, gamma',
        published: 'true',
      })
      .loginAs(writer)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)

    const [revision, ...others] = await revisionsOf(article)
    assert.lengthOf(others, 0)
    assert.deepInclude(revision, {
      editor_id: writer.id,
      title: 'First title',
      description: 'First summary',
      body: 'Line one\nLine two',
      tags: ['alpha', 'beta'],
    })

    // A save that changes no text (publishing state only) keeps nothing new.
    await new UpdateArticle().handle(
      await Article.findOrFail(article.id),
      { published: false },
      { editor: writer }
    )
    assert.lengthOf(await revisionsOf(article), 1)
  })

  test('an API update keeps a revision too', async ({ client, assert }) => {
    const { writer, article } = await writtenArticle()
    const response = await client
      .put(`/api/v1/articles/${article.slug}`)
      .header('authorization', await tokenHeader(writer))
      .json({ article: { body: 'Rewritten through the API' } })
    response.assertStatus(200)
    const [revision] = await revisionsOf(article)
    assert.equal(revision.body, 'Line one\nLine two')
    assert.equal(revision.editor_id, writer.id)
  })

  test('keeps only the newest 50 per article', async ({ assert }) => {
    const { writer, article } = await writtenArticle()
    for (let index = 1; index <= REVISIONS_KEPT + 3; index++) {
      await new UpdateArticle().handle(article, { body: `Version ${index}` }, { editor: writer })
    }
    const kept = await revisionsOf(article)
    assert.lengthOf(kept, REVISIONS_KEPT)
    assert.equal(kept[0].body, `Version ${REVISIONS_KEPT + 2}`)
    assert.equal(kept[kept.length - 1].body, 'Version 3')
  })

  test('the writer and moderators list them and compare one with the current text', async ({
    client,
    assert,
  }) => {
    const { writer, article } = await writtenArticle()
    await new UpdateArticle().handle(
      article,
      { title: 'Second <b>title</b>', body: 'Line one\nLine <i>2</i>', tags: ['beta', 'gamma'] },
      { editor: writer }
    )
    const [revision] = await revisionsOf(article)
    const { user: moderator } = await signedInMember('moderator')

    for (const viewer of [writer, moderator]) {
      const list = await client
        .get(urlFor('articles.revisions.index', { slug: article.slug }))
        .loginAs(viewer)
      list.assertStatus(200)
      assert.include(
        list.text(),
        urlFor('articles.revisions.show', { slug: article.slug, id: revision.id })
      )
      assert.include(list.text(), `by ${writer.username}`)
      assert.include(list.text(), 'name="robots" content="noindex"')
    }

    const diff = await client
      .get(urlFor('articles.revisions.show', { slug: article.slug, id: revision.id }))
      .loginAs(writer)
    diff.assertStatus(200)
    const html = diff.text()
    assert.include(html, '<del>Line two\n</del>')
    assert.include(html, '<ins>Line &lt;i&gt;2&lt;/i&gt;\n</ins>')
    assert.include(html, '<del>First</del>')
    assert.include(html, '<ins>Second</ins>')
    assert.include(html, '&lt;b&gt;')
    assert.notInclude(html, '<b>')
    assert.include(html, '<del class="tag">alpha</del>')
    assert.include(html, '<ins class="tag">gamma</ins>')
  })

  test('others get 403 (404 on a draft); an unknown revision is a 404', async ({ client }) => {
    const { writer, article } = await writtenArticle()
    await new UpdateArticle().handle(article, { body: 'Changed' }, { editor: writer })
    const [revision] = await revisionsOf(article)
    const stranger = await UserFactory.create()

    const list = await client
      .get(urlFor('articles.revisions.index', { slug: article.slug }))
      .loginAs(stranger)
    list.assertStatus(403)
    const restore = await client
      .post(urlFor('articles.revisions.restoration.store', { slug: article.slug, id: revision.id }))
      .loginAs(stranger)
      .withCsrfToken()
    restore.assertStatus(403)
    const guest = await client
      .get(urlFor('articles.revisions.index', { slug: article.slug }))
      .redirects(0)
    guest.assertStatus(302)

    const missing = await client
      .get(urlFor('articles.revisions.show', { slug: article.slug, id: revision.id + 1000 }))
      .loginAs(writer)
    missing.assertStatus(404)
    const huge = await client
      .get(urlFor('articles.revisions.show', { slug: article.slug, id: '99999999999' }))
      .loginAs(writer)
    huge.assertStatus(404)

    const other = await writtenArticle()
    const elsewhere = await client
      .get(urlFor('articles.revisions.show', { slug: other.article.slug, id: revision.id }))
      .loginAs(other.writer)
    elsewhere.assertStatus(404)

    await new UpdateArticle().handle(article, { published: false }, { editor: writer })
    const draft = await client
      .get(urlFor('articles.revisions.index', { slug: article.slug }))
      .loginAs(stranger)
    draft.assertStatus(404)
  })

  test('restoring puts the text back and keeps the replaced text as a new revision', async ({
    client,
    assert,
  }) => {
    const { writer, article } = await writtenArticle()
    await new UpdateArticle().handle(
      article,
      { title: 'Second title', body: 'Second body', tags: ['gamma'] },
      { editor: writer }
    )
    const [first] = await revisionsOf(article)
    const { user: moderator } = await signedInMember('moderator')

    const response = await client
      .post(urlFor('articles.revisions.restoration.store', { slug: article.slug, id: first.id }))
      .loginAs(moderator)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)

    const restored = await Article.findOrFail(article.id)
    await restored.load('tags')
    assert.equal(restored.title, 'First title')
    assert.equal(restored.body, 'Line one\nLine two')
    assert.deepEqual(restored.tagList, ['alpha', 'beta'])
    assert.equal(restored.published, true)
    response.assertHeader('location', urlFor('articles.show', { slug: restored.slug }))

    const [newest, older] = await revisionsOf(article)
    assert.equal(older.id, first.id)
    assert.deepInclude(newest, {
      editor_id: moderator.id,
      title: 'Second title',
      body: 'Second body',
      tags: ['gamma'],
    })
  })
})
