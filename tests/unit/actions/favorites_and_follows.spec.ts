import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import CreateFavorite from '#actions/favorites/create_favorite'
import DeleteFavorite from '#actions/favorites/delete_favorite'
import CreateFollow from '#actions/follows/create_follow'
import DeleteFollow from '#actions/follows/delete_follow'
import { refusals } from '#tests/support/validation'
import { isolateDatabase } from '#tests/support/database'

async function count(table: string, where: Record<string, number>) {
  const [row] = await db.from(table).where(where).count('* as total')
  return Number(row.total)
}

test.group('Actions | favorites', (group) => {
  isolateDatabase(group)

  test('favoriting twice counts once; unfavoriting twice changes nothing more', async ({
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()

    await new CreateFavorite().handle(reader, article)
    await new CreateFavorite().handle(reader, article)
    await article.refresh()
    assert.equal(await count('favorites', { user_id: reader.id }), 1)
    assert.equal(article.favoritesCount, 1)

    await new DeleteFavorite().handle(reader, article)
    await new DeleteFavorite().handle(reader, article)
    await article.refresh()
    assert.equal(await count('favorites', { user_id: reader.id }), 0)
    assert.equal(article.favoritesCount, 0)
  })
})

test.group('Actions | follows', (group) => {
  isolateDatabase(group)

  test('following twice follows once and notifies once', async ({ assert }) => {
    const reader = await UserFactory.create()
    const writer = await UserFactory.create()

    await new CreateFollow().handle(reader, writer)
    await new CreateFollow().handle(reader, writer)

    assert.equal(await count('follows', { follower_id: reader.id, followed_id: writer.id }), 1)
    assert.deepEqual(
      await db.from('notifications').where('user_id', writer.id).select('kind', 'actor_id'),
      [{ kind: 'follow', actor_id: reader.id }]
    )
  })

  test('a writer who turned follow notifications off is followed but not told', async ({
    assert,
  }) => {
    const reader = await UserFactory.create()
    const writer = await UserFactory.merge({ followNotifications: 'off' }).create()

    await new CreateFollow().handle(reader, writer)

    assert.equal(await count('follows', { follower_id: reader.id }), 1)
    assert.equal(await count('notifications', { user_id: writer.id }), 0)
  })

  test('nobody follows themselves', async ({ assert }) => {
    const writer = await UserFactory.create()

    assert.deepEqual(await refusals(new CreateFollow().handle(writer, writer)), {
      username: 'You cannot follow yourself',
    })
    assert.equal(await count('follows', { follower_id: writer.id }), 0)
  })

  test('unfollowing twice changes nothing more and leaves other follows alone', async ({
    assert,
  }) => {
    const reader = await UserFactory.create()
    const [first, second] = await UserFactory.createMany(2)
    await new CreateFollow().handle(reader, first)
    await new CreateFollow().handle(reader, second)

    await new DeleteFollow().handle(reader, first)
    await new DeleteFollow().handle(reader, first)

    assert.equal(await count('follows', { follower_id: reader.id, followed_id: first.id }), 0)
    assert.equal(await count('follows', { follower_id: reader.id, followed_id: second.id }), 1)
  })
})
