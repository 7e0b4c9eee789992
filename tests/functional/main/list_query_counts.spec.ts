import { test } from '@japa/runner'
import CreateArticle from '#actions/articles/create_article'
import CreateComment from '#actions/comments/create_comment'
import CreateFavorite from '#actions/favorites/create_favorite'
import CreateFollow from '#actions/follows/create_follow'
import { UserFactory } from '#database/factories/user_factory'
import type User from '#models/user'
import { isolateDatabase } from '#tests/helpers'
import { recordQueries } from '#tests/support/query_log'

/**
 * Every page that lists articles costs the same number of SQL statements for
 * one article as for a full page of them (each with tags, comments,
 * favorites): relations are preloaded or counted in the list's own queries.
 */
test.group('List pages: queries per request', (group) => {
  isolateDatabase(group)

  test('stay the same from one article to a full page', async ({ client, assert }) => {
    const author = await UserFactory.merge({ username: 'lighthouse_keeper' }).create()
    const reader = await UserFactory.merge({ username: 'lighthouse_reader' }).create()
    await new CreateFollow().handle(reader, author)

    let written = 0
    const write = async (count: number) => {
      for (let index = 0; index < count; index++) {
        written++
        const article = await new CreateArticle().handle(author, {
          title: `Lighthouse log ${written}`,
          description: 'Notes from the lamp room',
          body: `Entry ${written} about the lighthouse.`,
          tags: ['lighthouse', `night-${written}`],
        })
        await new CreateFavorite().handle(reader, article)
        await new CreateComment().handle(reader, article, `Comment on ${written}`)
      }
    }
    const pages: [string, User][] = [
      ['/', reader],
      ['/feed', reader],
      ['/tags/lighthouse', reader],
      ['/search?q=lighthouse', reader],
      ['/profiles/lighthouse_keeper', reader],
      ['/profiles/lighthouse_reader/favorites', reader],
      ['/dashboard', author],
    ]
    const queriesPerPage = async () => {
      const counts: Record<string, number> = {}
      for (const [url, viewer] of pages) {
        const statements = await recordQueries(async () => {
          const response = await client.get(url).loginAs(viewer)
          response.assertStatus(200)
          response.assertTextIncludes('Lighthouse log')
        })
        counts[url] = statements.length
      }
      return counts
    }

    await write(1)
    const one = await queriesPerPage()
    await write(24)
    const full = await queriesPerPage()

    assert.deepEqual(full, one)
    for (const [url, count] of Object.entries(full)) {
      assert.isAbove(count, 0, `${url}: queries were recorded`)
      assert.isAtMost(count, 12, url)
    }
  })
})
