import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Article from '#models/article'
import AuditLog from '#models/audit_log'
import Tag from '#models/tag'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import UnpublishArticle from '#actions/articles/unpublish_article'
import PublishScheduledArticles from '#actions/articles/publish_scheduled_articles'
import RestoreArticleRevision from '#actions/articles/restore_article_revision'
import { REVISIONS_KEPT } from '#actions/articles/create_article_revision'
import type { RevisionRow } from '#queries/shapes'
import { isolateDatabase } from '#tests/support/database'

const text = { title: 'Notes on Edge', description: 'Templates', body: 'Body text' }

/** An article's revisions, oldest first, as stored. */
function revisionsOf(article: Article) {
  return db
    .from('article_revisions')
    .where('article_id', article.id)
    .orderBy('id', 'asc')
    .select('id', 'editor_id', 'title', 'description', 'body', 'tags')
}

function tagNames(article: Article) {
  return article.tags.map((tag) => tag.name)
}

test.group('Actions | create article', (group) => {
  isolateDatabase(group)

  test('publishes by default, stamping publishedAt with its creation time', async ({ assert }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, text)

    assert.isTrue(article.published)
    assert.isNotNull(article.publishedAt)
    assert.equal(article.publishedAt!.toMillis(), article.createdAt.toMillis())
    assert.isNull(article.publishAt)
    assert.equal(article.author.id, author.id)
  })

  test('a draft has no publication date', async ({ assert }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, { ...text, published: false })

    await article.refresh()
    assert.isFalse(article.published)
    assert.isNull(article.publishedAt)
  })

  test('a future publishAt keeps it a draft until then, whatever `published` says', async ({
    assert,
  }) => {
    const author = await UserFactory.create()
    const when = DateTime.now().plus({ days: 2 }).startOf('second')
    const article = await new CreateArticle().handle(author, {
      ...text,
      published: true,
      publishAt: when,
    })

    await article.refresh()
    assert.isFalse(article.published)
    assert.isNull(article.publishedAt)
    assert.equal(article.publishAt!.toMillis(), when.toMillis())
  })

  test('a publishAt already past is no schedule: the article is published now', async ({
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, {
      ...text,
      publishAt: DateTime.now().minus({ hours: 1 }),
    })

    await article.refresh()
    assert.isTrue(article.published)
    assert.isNull(article.publishAt)
    assert.isNotNull(article.publishedAt)
  })

  test('normalizes its tags and shares existing tags between articles', async ({ assert }) => {
    const author = await UserFactory.create()
    const first = await new CreateArticle().handle(author, {
      ...text,
      tags: [' Web  Dev ', 'node', 'NODE', '  '],
    })
    const second = await new CreateArticle().handle(author, { ...text, tags: ['node'] })

    assert.deepEqual(tagNames(first), ['node', 'web dev'])
    assert.deepEqual(tagNames(second), ['node'])
    assert.lengthOf(await Tag.query().where('name', 'node'), 1)
  })
})

test.group('Actions | update article', (group) => {
  isolateDatabase(group)

  test('the first publication stamps publishedAt; unpublishing and republishing keep it', async ({
    assert,
  }) => {
    const author = await UserFactory.create()
    const draft = await new CreateArticle().handle(author, { ...text, published: false })

    const published = await new UpdateArticle().handle(draft, { published: true })
    assert.isTrue(published.published)
    const firstPublication = published.publishedAt!.toMillis()

    await new UpdateArticle().handle(published, { published: false })
    await published.refresh()
    assert.isFalse(published.published)
    assert.equal(published.publishedAt!.toMillis(), firstPublication)

    await new UpdateArticle().handle(published, { published: true })
    await published.refresh()
    assert.equal(published.publishedAt!.toMillis(), firstPublication)
  })

  test('replaces the tags only when they are given', async ({ assert }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, { ...text, tags: ['a', 'b'] })

    await new UpdateArticle().handle(article, { body: 'New body' })
    assert.deepEqual(tagNames(article), ['a', 'b'])

    await new UpdateArticle().handle(article, { tags: ['C', 'b'] })
    assert.deepEqual(tagNames(article), ['b', 'c'])

    await new UpdateArticle().handle(article, { tags: [] })
    assert.deepEqual(tagNames(article), [])
  })

  test('a new title gives a new slug unless the slug already reads the same', async ({
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, { ...text, title: 'Hello world' })
    const original = article.slug

    await new UpdateArticle().handle(article, { title: 'Hello, World!' })
    assert.equal(article.slug, original)

    await new UpdateArticle().handle(article, { title: 'Goodbye world' })
    assert.match(article.slug, /^goodbye-world/)
  })

  test('keeps the text it replaces as a revision, with the editor', async ({ assert }) => {
    const author = await UserFactory.create()
    const moderator = await UserFactory.merge({ role: 'moderator' }).create()
    const article = await new CreateArticle().handle(author, { ...text, tags: ['edge'] })

    await new UpdateArticle().handle(article, { body: 'Second body' }, { editor: author })
    await new UpdateArticle().handle(article, { tags: ['edge', 'vine'] }, { editor: moderator })

    const revisions = await revisionsOf(article)
    assert.lengthOf(revisions, 2)
    assert.deepInclude(revisions[0], {
      editor_id: author.id,
      title: text.title,
      body: 'Body text',
      tags: ['edge'],
    })
    assert.deepInclude(revisions[1], {
      editor_id: moderator.id,
      body: 'Second body',
      tags: ['edge'],
    })
  })

  test('keeps no revision when nothing written changes', async ({ assert }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, { ...text, tags: ['a', 'b'] })

    await new UpdateArticle().handle(article, { published: false })
    await new UpdateArticle().handle(article, { title: text.title, body: text.body })
    await new UpdateArticle().handle(article, { tags: ['B', 'a'] })

    assert.lengthOf(await revisionsOf(article), 0)
  })

  test(`keeps the newest ${REVISIONS_KEPT} revisions`, async ({ assert }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, { ...text, body: 'version 0' })

    for (let version = 1; version <= REVISIONS_KEPT + 2; version++) {
      await new UpdateArticle().handle(article, { body: `version ${version}` })
    }

    const revisions = await revisionsOf(article)
    assert.lengthOf(revisions, REVISIONS_KEPT)
    assert.equal(revisions[0].body, 'version 2')
    assert.equal(revisions.at(-1)!.body, `version ${REVISIONS_KEPT + 1}`)
  })

  test('a future publishAt schedules a draft; null cancels; publishing now clears it', async ({
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, { ...text, published: false })
    const when = DateTime.now().plus({ days: 1 }).startOf('second')

    await new UpdateArticle().handle(article, { publishAt: when, published: true })
    await article.refresh()
    assert.isFalse(article.published)
    assert.equal(article.publishAt!.toMillis(), when.toMillis())

    await new UpdateArticle().handle(article, { publishAt: null })
    await article.refresh()
    assert.isNull(article.publishAt)
    assert.isFalse(article.published)

    await new UpdateArticle().handle(article, { publishAt: when })
    await new UpdateArticle().handle(article, { published: true })
    await article.refresh()
    assert.isTrue(article.published)
    assert.isNull(article.publishAt)
    assert.isNotNull(article.publishedAt)
  })

  test('a published article is not scheduled back into a draft', async ({ assert }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, text)

    await new UpdateArticle().handle(article, { publishAt: DateTime.now().plus({ days: 1 }) })
    await article.refresh()
    assert.isTrue(article.published)
    assert.isNull(article.publishAt)
  })
})

test.group('Actions | restore revision, scheduled publishing', (group) => {
  isolateDatabase(group)

  test('restoring a revision puts its text back and keeps the replaced text', async ({
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, {
      ...text,
      tags: ['old'],
      published: false,
    })
    await new UpdateArticle().handle(article, { title: 'Rewritten', body: 'New', tags: ['new'] })
    const [stored] = await revisionsOf(article)

    const revision: RevisionRow = {
      id: stored.id,
      articleId: article.id,
      title: stored.title,
      description: stored.description,
      body: stored.body,
      tags: stored.tags,
      createdAt: new Date().toISOString(),
      editor: null,
    }
    const restored = await new RestoreArticleRevision().handle(article, revision, author)

    assert.equal(restored.title, text.title)
    assert.equal(restored.body, text.body)
    assert.deepEqual(tagNames(restored), ['old'])
    assert.isFalse(restored.published)
    const revisions = await revisionsOf(article)
    assert.lengthOf(revisions, 2)
    assert.deepInclude(revisions[1], { title: 'Rewritten', editor_id: author.id, tags: ['new'] })
  })

  test('publishes the drafts whose time has come, dated at their scheduled time', async ({
    assert,
  }) => {
    const author = await UserFactory.create()
    const now = DateTime.now().plus({ hours: 2 }).startOf('second')
    const due = await new CreateArticle().handle(author, {
      ...text,
      publishAt: now.minus({ minutes: 30 }),
    })
    const later = await new CreateArticle().handle(author, {
      ...text,
      publishAt: now.plus({ minutes: 30 }),
    })
    const plainDraft = await new CreateArticle().handle(author, { ...text, published: false })

    assert.equal(await new PublishScheduledArticles().handle(now), 1)
    assert.equal(await new PublishScheduledArticles().handle(now), 0)

    // One after another: the test's global transaction is one connection.
    for (const article of [due, later, plainDraft]) await article.refresh()
    assert.isTrue(due.published)
    assert.isNull(due.publishAt)
    assert.equal(due.publishedAt!.toMillis(), now.minus({ minutes: 30 }).toMillis())
    assert.isFalse(later.published)
    assert.isNotNull(later.publishAt)
    assert.isFalse(plainDraft.published)
  })
})

test.group('Actions | unpublish and delete article', (group) => {
  isolateDatabase(group)

  test('an author unpublishing keeps publishedAt and writes no audit entry', async ({ assert }) => {
    const article = await ArticleFactory.with('author').create()
    const publishedAt = article.publishedAt!.toMillis()

    await new UnpublishArticle().handle(article)
    await article.refresh()
    assert.isFalse(article.published)
    assert.equal(article.publishedAt!.toMillis(), publishedAt)
    assert.lengthOf(await AuditLog.all(), 0)
  })

  test('a moderator unpublishing is recorded; a draft is left as it is', async ({ assert }) => {
    const moderator = await UserFactory.merge({ role: 'moderator' }).create()
    const article = await ArticleFactory.with('author').create()
    const draft = await ArticleFactory.with('author').apply('draft').create()

    await new UnpublishArticle().handle(article, moderator)
    await new UnpublishArticle().handle(draft, moderator)

    await article.refresh()
    assert.isFalse(article.published)
    const entries = await AuditLog.all()
    assert.lengthOf(entries, 1)
    assert.equal(entries[0].action, 'article.unpublished')
    assert.equal(entries[0].actorId, moderator.id)
    assert.equal(entries[0].targetId, article.id)
    assert.deepEqual(entries[0].details, {
      title: article.title,
      slug: article.slug,
      authorId: article.authorId,
    })
  })

  test('deleting removes the article with its comments; a moderator’s deletion is recorded', async ({
    assert,
  }) => {
    const moderator = await UserFactory.merge({ role: 'moderator' }).create()
    const own = await ArticleFactory.with('author')
      .with('comments', 2, (c) => c.with('author'))
      .create()
    const reported = await ArticleFactory.with('author').create()

    await new DeleteArticle().handle(own)
    assert.lengthOf(await AuditLog.all(), 0)
    assert.isNull(await Article.find(own.id))
    assert.lengthOf(await db.from('comments').where('article_id', own.id), 0)

    await new DeleteArticle().handle(reported, moderator)
    assert.isNull(await Article.find(reported.id))
    const entries = await AuditLog.all()
    assert.lengthOf(entries, 1)
    assert.deepInclude(entries[0].serialize(), {
      action: 'article.deleted',
      actorId: moderator.id,
      targetType: 'article',
      targetId: reported.id,
    })
  })
})
