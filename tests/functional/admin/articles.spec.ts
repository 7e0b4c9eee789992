import { test } from '@japa/runner'
import Article from '#models/article'
import AuditLog from '#models/audit_log'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Admin: articles', (group) => {
  isolateDatabase(group)

  test('lists every article, drafts included, filterable by author and status', async ({
    client,
    assert,
  }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const ada = await UserFactory.merge({ username: 'ada' }).create()
    const bob = await UserFactory.merge({ username: 'bob' }).create()
    await ArticleFactory.merge({ authorId: ada.id, title: 'Ada published' }).create()
    await ArticleFactory.merge({ authorId: ada.id, title: 'Ada draft' }).apply('draft').create()
    await ArticleFactory.merge({ authorId: bob.id, title: 'Bob published' }).create()

    const all = await client.get(urlFor('admin.articles.index')).loginAs(moderator)
    all.assertStatus(200)
    for (const title of ['Ada published', 'Ada draft', 'Bob published'])
      all.assertTextIncludes(title)

    const adaDrafts = await client
      .get(urlFor('admin.articles.index'))
      .qs({ author: 'ADA', status: 'draft' })
      .loginAs(moderator)
    adaDrafts.assertTextIncludes('Ada draft')
    assert.notInclude(adaDrafts.text(), 'Ada published')
    assert.notInclude(adaDrafts.text(), 'Bob published')
  })

  test('unpublishes an article and records it', async ({ client, assert }) => {
    const moderator = await UserFactory.apply('moderator').create()
    const article = await ArticleFactory.with('author').merge({ title: 'Too soon' }).create()

    const response = await client
      .delete(urlFor('admin.articles.publication.destroy', { id: article.id }))
      .loginAs(moderator)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success', '"Too soon" is now a draft.')
    await article.refresh()
    assert.isFalse(article.published)
    const entry = await AuditLog.findByOrFail('action', 'article.unpublished')
    assert.equal(entry.actorId, moderator.id)
    assert.equal(entry.details.title, 'Too soon')
  })

  test('deletes an article with its comments and records it', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const article = await ArticleFactory.with('author').merge({ title: 'Spam' }).create()
    await CommentFactory.merge({ articleId: article.id, authorId: admin.id }).create()

    const response = await client
      .delete(urlFor('admin.articles.destroy', { id: article.id }))
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', urlFor('admin.articles.index'))
    response.assertFlashMessage('success', '"Spam" has been deleted.')
    assert.isNull(await Article.find(article.id))
    const entry = await AuditLog.findByOrFail('action', 'article.deleted')
    assert.include(entry.toJSON(), {
      actorId: admin.id,
      targetType: 'article',
      targetId: article.id,
    })
    assert.equal(entry.details.slug, article.slug)
  })
})
