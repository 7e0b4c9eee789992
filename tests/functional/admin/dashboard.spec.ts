import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import UpdateUserStatus from '#actions/users/update_user_status'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Admin overview', (group) => {
  isolateDatabase(group)

  test('counts users, articles, drafts, comments and hidden comments', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const author = await UserFactory.create()
    const article = await ArticleFactory.merge({ authorId: author.id }).create()
    await ArticleFactory.merge({ authorId: author.id }).apply('draft').createMany(2)
    await CommentFactory.merge({ articleId: article.id, authorId: author.id }).createMany(3)
    await CommentFactory.merge({ articleId: article.id, authorId: author.id })
      .apply('hidden')
      .create()

    const response = await client.get(urlFor('admin.dashboard.index')).loginAs(admin)
    response.assertStatus(200)
    const stat = (label: string) =>
      new RegExp(
        `<span class="stat-value">(\\d+)</span> <span class="stat-label">${label}</span>`
      ).exec(response.text())?.[1]
    assert.equal(stat('Users'), '2')
    assert.equal(stat('Published articles'), '1')
    assert.equal(stat('Drafts'), '2')
    assert.equal(stat('Comments'), '4')
    assert.equal(stat('Hidden comments'), '1')
  })

  test('shows the latest admin actions', async ({ client }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.merge({ username: 'casey' }).create()
    await new UpdateUserStatus().handle(admin, member, false)

    const response = await client.get(urlFor('admin.dashboard.index')).loginAs(admin)
    response.assertTextIncludes('Recent activity')
    response.assertTextIncludes('Deactivated casey')
    response.assertTextIncludes(admin.username)
  })
})
