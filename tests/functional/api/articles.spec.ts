import { test } from '@japa/runner'
import { appUrl } from '#config/app'
import Article from '#models/article'
import CreateFavorite from '#actions/favorites/create_favorite'
import CreateFollow from '#actions/follows/create_follow'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import {
  ISO_UTC_MS,
  TOKEN_CHECK_STATEMENTS,
  articleBy,
  signedInMember,
  tokenHeader,
} from '#tests/support/api'
import { recordQueries } from '#tests/support/query_log'

const LIST_ITEM_KEYS = [
  'author',
  'createdAt',
  'description',
  'favorited',
  'favoritesCount',
  'published',
  'slug',
  'tagList',
  'title',
  'updatedAt',
  'views',
]

test.group('API v1: listing articles', (group) => {
  isolateDatabase(group)

  test('lists published articles newest first, without bodies, in the RealWorld shape', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.merge({ username: 'writer', bio: null }).create()
    await articleBy(author, { title: 'Oldest', minutesAgo: 30 })
    await articleBy(author, { title: 'Newest', tags: ['zebra', 'apple', 'mango'], minutesAgo: 1 })
    await articleBy(author, { title: 'Middle', minutesAgo: 10 })
    await articleBy(author, { title: 'Draft', published: false })

    const response = await client.get('/api/v1/articles')

    response.assertStatus(200)
    response.assertAgainstApiSpec()
    response.assertHeader('content-type', 'application/json; charset=utf-8')
    const { articles, articlesCount } = response.body()
    assert.equal(articlesCount, 3)
    assert.deepEqual(
      articles.map((article: { title: string }) => article.title),
      ['Newest', 'Middle', 'Oldest']
    )
    const [newest] = articles
    assert.deepEqual(Object.keys(newest).sort(), LIST_ITEM_KEYS)
    assert.deepEqual(newest.tagList, ['apple', 'mango', 'zebra'])
    assert.match(newest.createdAt, ISO_UTC_MS)
    assert.match(newest.updatedAt, ISO_UTC_MS)
    assert.deepEqual(newest.author, {
      username: 'writer',
      bio: null,
      // No picture: the generated one, never null.
      image: `${appUrl}/avatars/writer.svg`,
      following: false,
    })
    assert.isFalse(newest.favorited)
    assert.equal(newest.favoritesCount, 0)
    assert.isTrue(newest.published)
  })

  test('limit defaults to 20 and offset to 0; pages end cleanly', async ({ client, assert }) => {
    const author = await UserFactory.create()
    for (let minutes = 1; minutes <= 23; minutes++) {
      await articleBy(author, { title: `Article ${minutes}`, minutesAgo: minutes })
    }

    const first = await client.get('/api/v1/articles')
    first.assertStatus(200)
    first.assertAgainstApiSpec()
    assert.lengthOf(first.body().articles, 20)
    assert.equal(first.body().articlesCount, 23)
    assert.equal(first.body().articles[0].title, 'Article 1')

    const last = await client.get('/api/v1/articles').qs({ limit: 5, offset: 20 })
    last.assertStatus(200)
    last.assertAgainstApiSpec()
    assert.deepEqual(
      last.body().articles.map((article: { title: string }) => article.title),
      ['Article 21', 'Article 22', 'Article 23']
    )
    assert.equal(last.body().articlesCount, 23)

    const atEnd = await client.get('/api/v1/articles').qs({ offset: 23 })
    atEnd.assertStatus(200)
    atEnd.assertAgainstApiSpec()
    assert.deepEqual(atEnd.body(), { articles: [], articlesCount: 23 })

    const beyond = await client.get('/api/v1/articles').qs({ limit: 100, offset: 5000 })
    beyond.assertStatus(200)
    assert.deepEqual(beyond.body(), { articles: [], articlesCount: 23 })
  })

  test('answers 422 for {name}')
    .with([
      { name: 'a zero limit', query: { limit: '0' } },
      { name: 'a negative limit', query: { limit: '-5' } },
      { name: 'a non-numeric limit', query: { limit: 'ten' } },
      { name: 'a fractional limit', query: { limit: '2.5' } },
      { name: 'a limit above 100', query: { limit: '101' } },
      { name: 'a negative offset', query: { offset: '-1' } },
      { name: 'a non-numeric offset', query: { offset: 'next' } },
    ])
    .run(async ({ client, assert }, { query }) => {
      const response = await client.get('/api/v1/articles').qs(query)
      response.assertStatus(422)
      response.assertAgainstApiSpec()
      assert.isArray(response.body().errors[Object.keys(query)[0]])
    })

  test('filters by tag, author and favorited, alone and combined', async ({ client, assert }) => {
    const alice = await UserFactory.merge({ username: 'alice' }).create()
    const bob = await UserFactory.merge({ username: 'bob' }).create()
    const carol = await UserFactory.merge({ username: 'carol' }).create()
    const aliceNode = await articleBy(alice, {
      title: 'Alice on Node',
      tags: ['node'],
      minutesAgo: 3,
    })
    await articleBy(alice, { title: 'Alice on Deno', tags: ['deno'], minutesAgo: 2 })
    const bobNode = await articleBy(bob, {
      title: 'Bob on Node',
      tags: ['node', 'deno'],
      minutesAgo: 1,
    })
    await new CreateFavorite().handle(carol, aliceNode)
    await new CreateFavorite().handle(carol, bobNode)

    const titles = async (query: Record<string, string>) => {
      const response = await client.get('/api/v1/articles').qs(query)
      response.assertStatus(200)
      response.assertAgainstApiSpec()
      const { articles, articlesCount } = response.body()
      assert.equal(articlesCount, articles.length)
      return articles.map((article: { title: string }) => article.title)
    }

    assert.deepEqual(await titles({ tag: 'node' }), ['Bob on Node', 'Alice on Node'])
    assert.deepEqual(await titles({ tag: ' NODE ' }), ['Bob on Node', 'Alice on Node'])
    assert.deepEqual(await titles({ author: 'alice' }), ['Alice on Deno', 'Alice on Node'])
    assert.deepEqual(await titles({ author: 'ALICE' }), ['Alice on Deno', 'Alice on Node'])
    assert.deepEqual(await titles({ favorited: 'carol' }), ['Bob on Node', 'Alice on Node'])
    assert.deepEqual(await titles({ tag: 'deno', author: 'alice' }), ['Alice on Deno'])
    assert.deepEqual(await titles({ tag: 'node', favorited: 'carol' }), [
      'Bob on Node',
      'Alice on Node',
    ])
    assert.deepEqual(await titles({ author: 'alice', favorited: 'carol' }), ['Alice on Node'])
    assert.deepEqual(await titles({ tag: 'deno', author: 'bob', favorited: 'carol' }), [
      'Bob on Node',
    ])
    assert.deepEqual(await titles({ tag: 'rust' }), [])
    assert.deepEqual(await titles({ author: 'nobody' }), [])
    assert.deepEqual(await titles({ favorited: 'alice' }), [])
  })

  test('counts all matching articles while paging through a filter', async ({ client, assert }) => {
    const author = await UserFactory.create()
    for (let minutes = 1; minutes <= 5; minutes++) {
      await articleBy(author, { tags: ['paged'], minutesAgo: minutes })
    }
    await articleBy(author, { tags: ['other'] })

    const response = await client.get('/api/v1/articles').qs({ tag: 'paged', limit: 2, offset: 4 })
    response.assertStatus(200)
    response.assertAgainstApiSpec()
    assert.lengthOf(response.body().articles, 1)
    assert.equal(response.body().articlesCount, 5)
  })

  test('q searches the full text, title matches first, and combines with filters', async ({
    client,
    assert,
  }) => {
    const alice = await UserFactory.merge({ username: 'alice' }).create()
    const bob = await UserFactory.merge({ username: 'bob' }).create()
    await articleBy(alice, {
      title: 'Gardening notes',
      description: 'Weekend log',
      body: 'Tomatoes need a lot of sun; compost helps.',
      minutesAgo: 1,
    })
    await articleBy(alice, {
      title: 'Compost for beginners',
      description: 'Start small',
      body: 'Brown and green layers.',
      minutesAgo: 5,
    })
    await articleBy(bob, {
      title: 'Compost mistakes',
      description: 'Too wet',
      body: 'Turn it.',
      minutesAgo: 3,
    })
    await articleBy(bob, { title: 'Unrelated', description: 'Nothing here', body: 'Bicycles.' })

    const all = await client.get('/api/v1/articles').qs({ q: 'compost' })
    all.assertStatus(200)
    all.assertAgainstApiSpec()
    assert.equal(all.body().articlesCount, 3)
    assert.equal(all.body().articles[2].title, 'Gardening notes')

    const byAlice = await client.get('/api/v1/articles').qs({ q: 'compost', author: 'alice' })
    byAlice.assertStatus(200)
    assert.deepEqual(
      byAlice.body().articles.map((article: { title: string }) => article.title),
      ['Compost for beginners', 'Gardening notes']
    )

    const none = await client.get('/api/v1/articles').qs({ q: '"no such phrase"' })
    none.assertStatus(200)
    assert.deepEqual(none.body(), { articles: [], articlesCount: 0 })
  })

  test('favorited, favoritesCount and following depend on the viewer', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.merge({ username: 'followed_author' }).create()
    const article = await articleBy(author, { title: 'Liked' })
    const fan = await UserFactory.create()
    await new CreateFavorite().handle(fan, article)
    const { user: viewer, authorization } = await signedInMember()
    await new CreateFavorite().handle(viewer, article)
    await new CreateFollow().handle(viewer, author)

    const asViewer = await client.get('/api/v1/articles').header('authorization', authorization)
    asViewer.assertStatus(200)
    asViewer.assertAgainstApiSpec()
    const seen = asViewer.body().articles[0]
    assert.isTrue(seen.favorited)
    assert.equal(seen.favoritesCount, 2)
    assert.isTrue(seen.author.following)

    const asGuest = await client.get('/api/v1/articles')
    const unseen = asGuest.body().articles[0]
    assert.isFalse(unseen.favorited)
    assert.equal(unseen.favoritesCount, 2)
    assert.isFalse(unseen.author.following)

    const { authorization: other } = await signedInMember()
    const asOther = await client.get('/api/v1/articles').header('authorization', other)
    assert.isFalse(asOther.body().articles[0].favorited)
    assert.isFalse(asOther.body().articles[0].author.following)
  })

  test("drafts are listed only in their writer's list, to the writer and moderators", async ({
    client,
    assert,
  }) => {
    const { user: author, authorization } = await signedInMember()
    await articleBy(author, { title: 'Work in progress', published: false, tags: ['draft-tag'] })
    await articleBy(author, { title: 'Out there', minutesAgo: 5 })
    const { authorization: stranger } = await signedInMember()
    const { authorization: moderator } = await signedInMember('moderator')

    const mine = await client
      .get('/api/v1/articles')
      .qs({ author: author.username })
      .header('authorization', authorization)
    mine.assertStatus(200)
    mine.assertAgainstApiSpec()
    assert.deepEqual(
      mine
        .body()
        .articles.map((article: { title: string; published: boolean }) => [
          article.title,
          article.published,
        ]),
      [
        ['Work in progress', false],
        ['Out there', true],
      ]
    )
    assert.equal(mine.body().articlesCount, 2)

    // The author's name in any letter case is still their own list.
    const shouted = await client
      .get('/api/v1/articles')
      .qs({ author: author.username.toUpperCase() })
      .header('authorization', authorization)
    assert.equal(shouted.body().articlesCount, 2)

    // Everywhere else, their drafts stay out: the global list, a tag, a search.
    for (const qs of [{}, { tag: 'draft-tag' }, { q: 'progress' }]) {
      const elsewhere = await client
        .get('/api/v1/articles')
        .qs(qs)
        .header('authorization', authorization)
      elsewhere.assertStatus(200)
      assert.notInclude(
        elsewhere.body().articles.map((article: { title: string }) => article.title),
        'Work in progress',
        JSON.stringify(qs)
      )
    }

    for (const headers of [{}, { authorization: stranger }] as Record<string, string>[]) {
      const others = await client
        .get('/api/v1/articles')
        .qs({ author: author.username })
        .headers(headers)
      assert.deepEqual(
        others.body().articles.map((article: { title: string }) => article.title),
        ['Out there']
      )
      assert.equal(others.body().articlesCount, 1)
    }

    // Moderators see a writer's drafts in that writer's list, as on the profile page.
    const moderated = await client
      .get('/api/v1/articles')
      .qs({ author: author.username })
      .header('authorization', moderator)
    assert.equal(moderated.body().articlesCount, 2)
  })

  test('a bad token is a 401 even where a token is optional; a deactivated account reads as a guest', async ({
    client,
    assert,
  }) => {
    const bad = await client
      .get('/api/v1/articles')
      .header('authorization', 'Token oat_bogus.token')
    bad.assertStatus(401)
    bad.assertAgainstApiSpec()

    const { user, authorization } = await signedInMember()
    await articleBy(user, { title: 'Hidden draft', published: false })
    user.isActive = false
    await user.save()
    const deactivated = await client.get('/api/v1/articles').header('authorization', authorization)
    deactivated.assertStatus(200)
    deactivated.assertAgainstApiSpec()
    assert.deepEqual(deactivated.body(), { articles: [], articlesCount: 0 })
  })

  test('a page costs the same number of queries whatever its size', async ({ client, assert }) => {
    const { user: viewer, authorization } = await signedInMember()
    const addArticles = async (count: number) => {
      for (let index = 0; index < count; index++) {
        const author = await UserFactory.create()
        const article = await articleBy(author, { tags: [`tag-${index}`, 'common'] })
        await new CreateFavorite().handle(viewer, article)
        await new CreateFollow().handle(viewer, author)
      }
    }
    const listQueries = async () => {
      const statements = await recordQueries(async () => {
        const response = await client.get('/api/v1/articles').header('authorization', authorization)
        response.assertStatus(200)
      })
      return statements.length
    }

    await addArticles(2)
    const small = await listQueries()
    await addArticles(8)
    const large = await listQueries()
    assert.equal(large, small)
    // The token check, then the page with its total, authors, tags and the
    // viewer's favorites and follows in one statement.
    assert.isAtMost(small, 2 + TOKEN_CHECK_STATEMENTS)
  })
})

test.group('API v1: reading one article', (group) => {
  isolateDatabase(group)

  test('answers the article with its body', async ({ client, assert }) => {
    const author = await UserFactory.create()
    const article = await articleBy(author, {
      title: 'Full text',
      body: '# Heading\n\nBody text.',
      tags: ['b', 'a'],
    })

    const response = await client.get(`/api/v1/articles/${article.slug}`)

    response.assertStatus(200)
    response.assertAgainstApiSpec()
    const body = response.body().article
    assert.equal(body.slug, article.slug)
    assert.equal(body.body, '# Heading\n\nBody text.')
    assert.deepEqual(body.tagList, ['a', 'b'])
    assert.equal(body.author.username, author.username)
  })

  test('an unknown slug is a 404', async ({ client }) => {
    const response = await client.get('/api/v1/articles/no-such-article')
    response.assertStatus(404)
    response.assertAgainstApiSpec()
    response.assertBody({ errors: { body: ['Article not found'] } })
  })

  test('a draft is a 404 for others, readable by its author and by moderators', async ({
    client,
  }) => {
    const { user: author, authorization } = await signedInMember()
    const draft = await articleBy(author, { published: false })
    const { authorization: member } = await signedInMember()
    const { authorization: moderator } = await signedInMember('moderator')
    const url = `/api/v1/articles/${draft.slug}`

    const asGuest = await client.get(url)
    asGuest.assertStatus(404)
    asGuest.assertAgainstApiSpec()
    const asMember = await client.get(url).header('authorization', member)
    asMember.assertStatus(404)

    const asAuthor = await client.get(url).header('authorization', authorization)
    asAuthor.assertStatus(200)
    asAuthor.assertAgainstApiSpec()
    asAuthor.assertBodyContains({ article: { published: false } })
    const asModerator = await client.get(url).header('authorization', moderator)
    asModerator.assertStatus(200)
  })
})

test.group('API v1: writing articles', (group) => {
  isolateDatabase(group)

  test('creates an article with 201, normalized tags and the signed-in author', async ({
    client,
    assert,
  }) => {
    const { user, authorization } = await signedInMember()

    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({
        article: {
          title: 'How to train your dragon',
          description: 'Ever wonder how?',
          body: 'You have to believe',
          tagList: ['Dragons', ' training ', 'dragons'],
        },
      })

    response.assertStatus(201)
    response.assertAgainstApiSpec()
    const { article } = response.body()
    assert.equal(article.slug, 'how-to-train-your-dragon')
    assert.deepEqual(article.tagList, ['dragons', 'training'])
    assert.equal(article.author.username, user.username)
    assert.isFalse(article.author.following)
    assert.isTrue(article.published)
    assert.equal(article.views, 0)
    assert.equal(article.favoritesCount, 0)
    assert.equal(article.createdAt, article.updatedAt)

    const listed = await client.get('/api/v1/articles')
    assert.equal(listed.body().articles[0].slug, 'how-to-train-your-dragon')
  })

  test('ignores protected and unknown fields', async ({ client, assert }) => {
    const { user, authorization } = await signedInMember()
    const other = await UserFactory.create()

    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({
        article: {
          title: 'Honest title',
          description: 'd',
          body: 'b',
          slug: 'chosen-slug',
          views: 1000,
          favoritesCount: 99,
          authorId: other.id,
          author: { username: other.username },
        },
        role: 'admin',
      })

    response.assertStatus(201)
    response.assertAgainstApiSpec()
    const saved = await Article.findByOrFail('slug', 'honest-title')
    assert.equal(saved.authorId, user.id)
    assert.equal(saved.views, 0)
    assert.equal(saved.favoritesCount, 0)
    assert.isNull(await Article.findBy('slug', 'chosen-slug'))
  })

  test('published: false saves a draft that only its author sees', async ({ client, assert }) => {
    const { authorization } = await signedInMember()
    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({ article: { title: 'Draft', description: 'd', body: 'b', published: false } })

    response.assertStatus(201)
    response.assertAgainstApiSpec()
    assert.isFalse(response.body().article.published)
    const guestList = await client.get('/api/v1/articles')
    assert.equal(guestList.body().articlesCount, 0)
  })

  test('the same title twice gives two slugs', async ({ client, assert }) => {
    const { authorization } = await signedInMember()
    const create = () =>
      client
        .post('/api/v1/articles')
        .header('authorization', authorization)
        .json({ article: { title: 'Same title', description: 'd', body: 'b' } })
    const first = await create()
    const second = await create()
    first.assertStatus(201)
    second.assertStatus(201)
    assert.notEqual(first.body().article.slug, second.body().article.slug)
  })

  test('answers 422 per field for invalid articles', async ({ client, assert }) => {
    const { authorization } = await signedInMember()

    const missing = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({ article: {} })
    missing.assertStatus(422)
    missing.assertAgainstApiSpec()
    assert.includeMembers(Object.keys(missing.body().errors), ['title', 'description', 'body'])

    const wrongTypes = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({
        article: {
          title: 'x'.repeat(256),
          description: 'd',
          body: 'b',
          tagList: 'a,b',
          published: 'yes',
        },
      })
    wrongTypes.assertStatus(422)
    wrongTypes.assertAgainstApiSpec()
    assert.includeMembers(Object.keys(wrongTypes.body().errors), ['title', 'tagList', 'published'])

    const unwrapped = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({ title: 'Not wrapped', description: 'd', body: 'b' })
    unwrapped.assertStatus(422)
    unwrapped.assertAgainstApiSpec()
  })

  test('writing requires a token', async ({ client }) => {
    const response = await client
      .post('/api/v1/articles')
      .json({ article: { title: 't', description: 'd', body: 'b' } })
    response.assertStatus(401)
    response.assertAgainstApiSpec()
  })

  test('the author updates an article; a new title gives a new slug', async ({
    client,
    assert,
  }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user, { title: 'Before', tags: ['keep'] })

    const retitled = await client
      .put(`/api/v1/articles/${article.slug}`)
      .header('authorization', authorization)
      .json({ article: { title: 'After the edit' } })
    retitled.assertStatus(200)
    retitled.assertAgainstApiSpec()
    assert.equal(retitled.body().article.slug, 'after-the-edit')
    assert.equal(retitled.body().article.title, 'After the edit')
    assert.deepEqual(retitled.body().article.tagList, ['keep'])
    const oldSlug = await client.get(`/api/v1/articles/${article.slug}`)
    oldSlug.assertStatus(404)

    const retagged = await client
      .put('/api/v1/articles/after-the-edit')
      .header('authorization', authorization)
      .json({ article: { body: 'New body', tagList: ['fresh', 'also'] } })
    retagged.assertStatus(200)
    retagged.assertAgainstApiSpec()
    assert.equal(retagged.body().article.body, 'New body')
    assert.deepEqual(retagged.body().article.tagList, ['also', 'fresh'])
  })

  test('the author can unpublish and republish through update', async ({ client, assert }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user)

    const hidden = await client
      .put(`/api/v1/articles/${article.slug}`)
      .header('authorization', authorization)
      .json({ article: { published: false } })
    hidden.assertStatus(200)
    hidden.assertAgainstApiSpec()
    assert.isFalse(hidden.body().article.published)
    const whileDraft = await client.get(`/api/v1/articles/${article.slug}`)
    whileDraft.assertStatus(404)

    const shown = await client
      .put(`/api/v1/articles/${article.slug}`)
      .header('authorization', authorization)
      .json({ article: { published: true } })
    assert.isTrue(shown.body().article.published)
    const republished = await client.get(`/api/v1/articles/${article.slug}`)
    republished.assertStatus(200)
  })

  test("updating another author's article is a 403, for moderators too", async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await articleBy(author, { title: 'Mine' })

    for (const state of [undefined, 'moderator'] as const) {
      const { authorization } = await signedInMember(state)
      const response = await client
        .put(`/api/v1/articles/${article.slug}`)
        .header('authorization', authorization)
        .json({ article: { title: 'Theirs' } })
      response.assertStatus(403)
      response.assertAgainstApiSpec()
    }
    await article.refresh()
    assert.equal(article.title, 'Mine')
  })

  test('updating answers 404, 401 and 422 where due', async ({ client }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user)

    const unknown = await client
      .put('/api/v1/articles/nope')
      .header('authorization', authorization)
      .json({ article: { title: 'x' } })
    unknown.assertStatus(404)
    unknown.assertAgainstApiSpec()

    const anonymous = await client
      .put(`/api/v1/articles/${article.slug}`)
      .json({ article: { title: 'x' } })
    anonymous.assertStatus(401)
    anonymous.assertAgainstApiSpec()

    const invalid = await client
      .put(`/api/v1/articles/${article.slug}`)
      .header('authorization', authorization)
      .json({ article: { description: 'x'.repeat(1001) } })
    invalid.assertStatus(422)
    invalid.assertAgainstApiSpec()
    invalid.assertBodyContains({ errors: { description: [] } })
  })

  test('the author deletes an article with 204', async ({ client, assert }) => {
    const { user, authorization } = await signedInMember()
    const article = await articleBy(user)

    const response = await client
      .delete(`/api/v1/articles/${article.slug}`)
      .header('authorization', authorization)
    response.assertStatus(204)
    response.assertAgainstApiSpec()
    assert.equal(response.text(), '')
    assert.isNull(await Article.find(article.id))
  })

  test("deleting another member's article is a 403; a moderator may", async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await articleBy(author)
    const { authorization: member } = await signedInMember()
    const { authorization: moderator } = await signedInMember('moderator')

    const forbidden = await client
      .delete(`/api/v1/articles/${article.slug}`)
      .header('authorization', member)
    forbidden.assertStatus(403)
    forbidden.assertAgainstApiSpec()
    assert.isNotNull(await Article.find(article.id))

    const removed = await client
      .delete(`/api/v1/articles/${article.slug}`)
      .header('authorization', moderator)
    removed.assertStatus(204)
    removed.assertAgainstApiSpec()
    assert.isNull(await Article.find(article.id))
  })

  test('deleting answers 404 and 401 where due', async ({ client }) => {
    const { authorization } = await signedInMember()
    const unknown = await client
      .delete('/api/v1/articles/nope')
      .header('authorization', authorization)
    unknown.assertStatus(404)
    unknown.assertAgainstApiSpec()

    const article = await articleBy(await UserFactory.create())
    const anonymous = await client.delete(`/api/v1/articles/${article.slug}`)
    anonymous.assertStatus(401)
    anonymous.assertAgainstApiSpec()
  })

  test('a revoked token cannot write', async ({ client }) => {
    const user = await UserFactory.create()
    const authorization = await tokenHeader(user)
    await client.delete('/api/v1/user/token').header('authorization', authorization)
    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({ article: { title: 't', description: 'd', body: 'b' } })
    response.assertStatus(401)
    response.assertAgainstApiSpec()
  })
})
