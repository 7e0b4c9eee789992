import { test } from '@japa/runner'
import CreateArticle from '#actions/articles/create_article'
import CreateComment from '#actions/comments/create_comment'
import CreateFavorite from '#actions/favorites/create_favorite'
import CreateFollow from '#actions/follows/create_follow'
import { UserFactory } from '#database/factories/user_factory'
import type User from '#models/user'
import { isolateDatabase } from '#tests/support/database'
import { recordQueries } from '#tests/support/query_log'
import { urlFor } from '#tests/support/routes'

/** Every request of a signed-in reader first loads their account (the session guard). */
const SESSION_USER = 1
/** A whole list page: its rows (author, tags, flags, counts) and its total. See app/queries/article_list. */
const LIST = 1

/**
 * Every page that lists articles costs what its API twin costs (one
 * statement for the list) plus what the page alone shows, and the same for
 * one article as for a full page of them (each with tags, comments,
 * favorites): a query per row would show up as a difference.
 */
test.group('List pages: queries per request', (group) => {
  isolateDatabase(group)

  test('stay the same from one article to a full page', async ({ client, assert }) => {
    const author = await UserFactory.merge({ username: 'lighthouse_keeper' }).create()
    const reader = await UserFactory.merge({ username: 'lighthouse_reader' }).create()
    const moderator = await UserFactory.merge({ role: 'moderator' }).create()
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
    const pages: [url: string, viewer: User, statements: number][] = [
      [urlFor('main.home'), reader, SESSION_USER + LIST + 1 /* popular tags */],
      [urlFor('main.feed'), reader, SESSION_USER + LIST + 1 /* popular tags */],
      [
        urlFor('articles.tags.show', { name: 'lighthouse' }),
        reader,
        SESSION_USER + 1 /* the tag, or 404 */ + LIST,
      ],
      [`${urlFor('main.search')}?q=lighthouse`, reader, SESSION_USER + LIST],
      [
        urlFor('profiles.show', { username: 'lighthouse_keeper' }),
        reader,
        SESSION_USER + 1 /* the profile */ + LIST,
      ],
      [
        urlFor('profiles.favorites.index', { username: 'lighthouse_reader' }),
        reader,
        SESSION_USER + 1 /* the profile */ + LIST,
      ],
      // Stats are one aggregate; the weather cache reads, locks and re-reads its row.
      [urlFor('main.dashboard'), author, SESSION_USER + LIST + 1 /* stats */ + 3 /* weather */],
      [urlFor('admin.articles.index'), moderator, SESSION_USER + LIST],
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

    const budget = Object.fromEntries(pages.map(([url, , statements]) => [url, statements]))
    assert.deepEqual(one, budget, 'one article')
    assert.deepEqual(full, budget, 'a full page')
  })

  test('the article page reads the article and its comments in one statement', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const reader = await UserFactory.create()
    const article = await new CreateArticle().handle(author, {
      title: 'Harbour lights',
      description: 'Who keeps them',
      body: 'Every night.',
      tags: ['harbour', 'lights', 'night', 'sea'],
    })
    const articlePage = async () => {
      const statements = await recordQueries(async () => {
        const response = await client
          .get(urlFor('articles.show', { slug: article.slug }))
          .loginAs(reader)
        response.assertStatus(200)
        response.assertTextIncludes('Harbour lights')
      })
      return statements.length
    }
    // The article with its comments, in one statement; the view is counted in
    // memory and written later with others (RecordArticleView), not per request.
    const budget = SESSION_USER + 1

    await new CreateComment().handle(reader, article, 'First light')
    await new CreateFavorite().handle(reader, article)
    assert.equal(await articlePage(), budget, 'one comment')

    for (let index = 0; index < 40; index++) {
      const comment = await new CreateComment().handle(
        index % 2 ? reader : author,
        article,
        `Reply ${index}`
      )
      // Threads: replies to some of them, read in the same statement.
      if (index % 3 === 0) {
        await new CreateComment().handle(reader, article, `Answer ${index}`, {
          parentId: comment.id,
        })
      }
    }
    assert.equal(await articlePage(), budget, 'a full page of comment threads')
  })
})
