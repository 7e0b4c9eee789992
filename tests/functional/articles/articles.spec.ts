import { test } from '@japa/runner'
import RecordArticleView from '#actions/articles/record_article_view'
import db from '@adonisjs/lucid/services/db'
import Article from '#models/article'
import Tag from '#models/tag'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import CreateArticle from '#actions/articles/create_article'
import { isolateDatabase } from '#tests/support/database'
import { recordQueries } from '#tests/support/query_log'
import { urlFor } from '#tests/support/routes'

const h1Count = (html: string) => html.match(/<h1[\s>]/g)?.length ?? 0
const countArticles = async () => Number((await db.from('articles').count('* as total'))[0].total)

test.group('Article page', (group) => {
  isolateDatabase(group)

  test('shows a published article to a visitor: Markdown, tags, author and comments', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.merge({ bio: 'Writes about tea.' }).create()
    const article = await new CreateArticle().handle(author, {
      title: 'Brewing green tea',
      description: 'Cooler water, shorter steeps.',
      body: '## Water\n\nUse **80°C** water. See [the guide](https://tea.example/guide).',
      tags: ['Tea', 'how-to'],
    })
    await CommentFactory.merge({ articleId: article.id, body: 'Lovely read.' })
      .with('author')
      .create()

    const response = await client.get(urlFor('articles.show', { slug: article.slug }))

    response.assertStatus(200)
    const html = response.text()
    assert.equal(h1Count(html), 1)
    assert.include(html, '<h1 id="article-title">Brewing green tea</h1>')
    assert.include(html, 'Cooler water, shorter steeps.')
    assert.include(html, '<strong>80°C</strong>')
    assert.include(
      html,
      '<a href="https://tea.example/guide" rel="nofollow ugc noopener">the guide</a>'
    )
    assert.include(html, 'href="/tags/tea"')
    assert.include(html, 'href="/tags/how-to"')
    assert.include(html, author.username)
    assert.include(html, 'Writes about tea.')
    assert.include(html, 'Lovely read.')
    assert.include(html, 'Sign in to favorite')
    assert.include(html, `Sign in to follow ${author.username}`)
    assert.include(html, `${urlFor('auth.login')}?next=%2Farticles%2Fbrewing-green-tea%23comments`)
    assert.notInclude(html, 'name="body"', 'visitors get no comment form')
    assert.notInclude(html, '/edit"', 'visitors get no edit link')
  })

  test('answers 404 for an unknown slug', async ({ client }) => {
    const response = await client.get(urlFor('articles.show', { slug: 'no-such-article' }))
    response.assertStatus(404)
    response.assertTextIncludes('Page not found')
  })

  test('counts every view of a published article, and none of a draft', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const published = await ArticleFactory.merge({ authorId: author.id }).create()
    const draft = await ArticleFactory.merge({ authorId: author.id }).apply('draft').create()

    await client.get(urlFor('articles.show', { slug: published.slug }))
    await client.get(urlFor('articles.show', { slug: published.slug })).loginAs(author)
    const third = await client.get(urlFor('articles.show', { slug: published.slug }))
    await client.get(urlFor('articles.show', { slug: draft.slug })).loginAs(author)

    // The page counts its own view at once; the database gets them in one write a few seconds later.
    third.assertTextIncludes('3 views')
    await RecordArticleView.flush()
    await published.refresh()
    await draft.refresh()
    assert.equal(published.views, 3)
    assert.equal(draft.views, 0)
  })

  test('hides a draft from visitors and other members, shows it to its author and moderators', async ({
    client,
  }) => {
    const author = await UserFactory.create()
    const draft = await ArticleFactory.merge({ authorId: author.id, title: 'Secret plans' })
      .apply('draft')
      .create()
    const url = urlFor('articles.show', { slug: draft.slug })

    ;(await client.get(url)).assertStatus(404)
    ;(await client.get(url).loginAs(await UserFactory.create())).assertStatus(404)

    const own = await client.get(url).loginAs(author)
    own.assertStatus(200)
    own.assertTextIncludes('Secret plans')
    own.assertTextIncludes('Only you and the moderators can see this article.')
    ;(await client.get(url).loginAs(await UserFactory.apply('moderator').create())).assertStatus(
      200
    )
    ;(await client.get(url).loginAs(await UserFactory.apply('admin').create())).assertStatus(200)
  })

  test('shows hidden comments only to their author and moderators, marked as hidden', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const commenter = await UserFactory.create()
    await CommentFactory.merge({
      articleId: article.id,
      authorId: commenter.id,
      body: 'A rude remark',
    })
      .apply('hidden')
      .create()
    const url = urlFor('articles.show', { slug: article.slug })

    const visitor = await client.get(url)
    visitor.assertTextIncludes('Comments <span class="text-muted">(0)</span>')
    visitor.assertTextIncludes('No comments yet.')
    assert.notInclude(visitor.text(), 'A rude remark', 'a visitor saw a hidden comment')
    const other = await client.get(url).loginAs(await UserFactory.create())
    assert.notInclude(other.text(), 'A rude remark', 'another member saw a hidden comment')

    const own = await client.get(url).loginAs(commenter)
    own.assertTextIncludes('A rude remark')
    own.assertTextIncludes('A moderator hid this comment')
    const moderator = await client.get(url).loginAs(await UserFactory.apply('moderator').create())
    moderator.assertTextIncludes('A rude remark')
  })

  test('offers edit and delete to the author, delete to moderators, neither to others', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await ArticleFactory.merge({ authorId: author.id }).create()
    const url = urlFor('articles.show', { slug: article.slug })
    const editLink = `href="/articles/${article.slug}/edit"`
    const deleteForm = `action="/articles/${article.slug}?_method=DELETE"`

    const own = (await client.get(url).loginAs(author)).text()
    assert.include(own, editLink)
    assert.include(own, deleteForm)
    assert.include(own, 'name="body"', 'signed-in readers get the comment form')

    const moderator = (
      await client.get(url).loginAs(await UserFactory.apply('moderator').create())
    ).text()
    assert.notInclude(moderator, editLink)
    assert.include(moderator, deleteForm)

    const member = (await client.get(url).loginAs(await UserFactory.create())).text()
    assert.notInclude(member, editLink)
    assert.notInclude(member, deleteForm)
  })

  test('shows the favorite and follow state of the signed-in reader', async ({ client }) => {
    const author = await UserFactory.create()
    const reader = await UserFactory.create()
    const article = await ArticleFactory.merge({ authorId: author.id }).create()
    await db.table('favorites').insert({ user_id: reader.id, article_id: article.id })
    await db.table('follows').insert({ follower_id: reader.id, followed_id: author.id })

    const response = await client
      .get(urlFor('articles.show', { slug: article.slug }))
      .loginAs(reader)
    response.assertTextIncludes('aria-pressed="true"')
    response.assertTextIncludes('Unfavorite')
    response.assertTextIncludes('(1 favorite)')
    response.assertTextIncludes(`Unfollow ${author.username}`)
  })

  test('paginates comments and never fails on an odd page number', async ({ client, assert }) => {
    const article = await ArticleFactory.with('author').create()
    const commenter = await UserFactory.create()
    await CommentFactory.merge({ articleId: article.id, authorId: commenter.id }).createMany(31)
    const url = urlFor('articles.show', { slug: article.slug })

    const first = await client.get(url)
    first.assertTextIncludes('Comments <span class="text-muted">(31)</span>')
    assert.equal(first.text().match(/class="comment"/g)?.length, 30)
    first.assertTextIncludes(`href="${url}?page=2"`)

    const second = await client.get(`${url}?page=2`)
    assert.equal(second.text().match(/class="comment"/g)?.length, 1)

    for (const page of ['0', '-3', 'abc', '1.5', '99999999999999999999']) {
      const response = await client.get(`${url}?page=${page}`)
      response.assertStatus(200)
    }
    const beyond = await client.get(`${url}?page=9`)
    beyond.assertStatus(200)
    beyond.assertTextIncludes('No comments on this page.')
  })

  test('runs the same number of queries whatever the number of tags and comments', async ({
    client,
    assert,
  }) => {
    const reader = await UserFactory.create()
    const small = await ArticleFactory.with('author').with('tags', 1).create()
    await CommentFactory.merge({ articleId: small.id }).with('author').createMany(1)
    const large = await ArticleFactory.with('author').with('tags', 12).create()
    await CommentFactory.merge({ articleId: large.id }).with('author').createMany(25)

    const countQueries = async (url: string) => {
      const statements = await recordQueries(async () => {
        const response = await client.get(url).loginAs(reader)
        response.assertStatus(200)
      })
      return statements.length
    }

    const smallCount = await countQueries(urlFor('articles.show', { slug: small.slug }))
    const largeCount = await countQueries(urlFor('articles.show', { slug: large.slug }))
    assert.isAbove(smallCount, 0, 'the query listener must see the queries')
    assert.equal(largeCount, smallCount)
    assert.isAtMost(largeCount, 10)
  })
})

test.group('Editor: writing an article', (group) => {
  isolateDatabase(group)

  test('sends a signed-out visitor to the login page and back', async ({ client }) => {
    const response = await client.get(urlFor('articles.create')).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `${urlFor('auth.login')}?next=%2Feditor`)
  })

  test('shows an empty editor with a label on every field and two submit buttons', async ({
    client,
    assert,
  }) => {
    const response = await client.get(urlFor('articles.create')).loginAs(await UserFactory.create())
    response.assertStatus(200)
    const html = response.text()
    assert.equal(h1Count(html), 1)
    for (const field of ['title', 'description', 'body', 'tags']) {
      assert.include(html, `<label for="field-${field}">`)
      assert.include(html, `id="field-${field}"`)
    }
    assert.match(html, /name="published"\s+value="true"\s*>Publish<\/button>/)
    assert.match(html, /name="published"\s+value="false"\s*>Save as draft<\/button>/)
    assert.include(html, 'action="/articles"')
  })

  test('publishes an article with normalized tags and a slug from its title', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const response = await client
      .post(urlFor('articles.store'))
      .form({
        title: 'Hello, World!',
        description: 'A first post.',
        body: 'Some *Markdown*.',
        tags: ' Node, web  DEV,node ,, Adonis ',
        published: 'true',
      })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', urlFor('articles.show', { slug: 'hello-world' }))
    response.assertFlashMessage('success', 'Your article is published.')
    const article = await Article.query().where('slug', 'hello-world').preload('tags').firstOrFail()
    assert.equal(article.authorId, author.id)
    assert.isTrue(article.published)
    assert.exists(article.publishedAt)
    assert.deepEqual(article.tagList, ['adonis', 'node', 'web dev'])
  })

  test('saves a draft that stays off the public site', async ({ client, assert }) => {
    const author = await UserFactory.create()
    const response = await client
      .post(urlFor('articles.store'))
      .form({
        title: 'Work in progress',
        description: 'Later.',
        body: 'TODO',
        tags: '',
        published: 'false',
      })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)

    response.assertHeader('location', urlFor('articles.show', { slug: 'work-in-progress' }))
    response.assertFlashMessage('success', 'Your draft is saved.')
    const article = await Article.findByOrFail('slug', 'work-in-progress')
    assert.isFalse(article.published)
    assert.isNull(article.publishedAt)
    ;(await client.get(urlFor('articles.show', { slug: 'work-in-progress' }))).assertStatus(404)
  })

  test('keeps slugs unique with a numeric suffix', async ({ client, assert }) => {
    const author = await UserFactory.create()
    for (let i = 0; i < 3; i++) {
      await client
        .post(urlFor('articles.store'))
        .form({ title: 'Same Title', description: 'd', body: 'b', published: 'true' })
        .loginAs(author)
        .withCsrfToken()
        .redirects(0)
    }
    const slugs = (await Article.query().orderBy('id')).map((article) => article.slug)
    assert.deepEqual(slugs, ['same-title', 'same-title-2', 'same-title-3'])
  })

  test('shows errors next to the fields and keeps the input', async ({ client, assert }) => {
    const author = await UserFactory.create()
    const response = await client
      .post(urlFor('articles.store'))
      .form({ title: '', description: 'Kept description', body: '', tags: 'kept' })
      .header('referer', urlFor('articles.create'))
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)

    // The editor comes straight back (no redirect: a long body would not
    // survive a flashed session cookie).
    response.assertStatus(422)
    const html = response.text()
    assert.include(html, 'id="field-title-error"')
    assert.include(html, 'id="field-body-error"')
    assert.notInclude(html, 'id="field-description-error"')
    assert.include(html, 'Kept description</textarea>')
    assert.include(html, 'value="kept"')
    assert.equal(await countArticles(), 0)
  })

  test('refuses a title over 255 characters', async ({ client, assert }) => {
    const response = await client
      .post(urlFor('articles.store'))
      .form({ title: 'x'.repeat(256), description: 'd', body: 'b' })
      .loginAs(await UserFactory.create())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(422)
    assert.include(response.text(), 'id="field-title-error"')
  })

  test('sends a signed-out form submission to the login page', async ({ client, assert }) => {
    const response = await client
      .post(urlFor('articles.store'))
      .form({ title: 'T', description: 'd', body: 'b' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location')?.split('?')[0], urlFor('auth.login'))
    assert.equal(await countArticles(), 0)
  })
})

test.group('Editor: changing and deleting an article', (group) => {
  isolateDatabase(group)

  test('shows the editor filled with the article to its author', async ({ client, assert }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, {
      title: 'Original title',
      description: 'Original description',
      body: 'Original body',
      tags: ['beta', 'alpha'],
    })
    const response = await client
      .get(urlFor('articles.edit', { slug: article.slug }))
      .loginAs(author)
    response.assertStatus(200)
    const html = response.text()
    assert.equal(h1Count(html), 1)
    assert.include(html, 'value="Original title"')
    assert.include(html, 'Original description</textarea>')
    assert.include(html, 'Original body</textarea>')
    assert.include(html, 'value="alpha, beta"')
    assert.include(html, `action="/articles/${article.slug}?_method=PUT"`)
  })

  test('answers 403 to another member, 404 on a draft, and the login page to a visitor', async ({
    client,
  }) => {
    const author = await UserFactory.create()
    const article = await ArticleFactory.merge({ authorId: author.id }).create()
    const draft = await ArticleFactory.merge({ authorId: author.id }).apply('draft').create()
    const other = await UserFactory.create()

    ;(
      await client.get(urlFor('articles.edit', { slug: article.slug })).loginAs(other)
    ).assertStatus(403)
    ;(await client.get(urlFor('articles.edit', { slug: draft.slug })).loginAs(other)).assertStatus(
      404
    )
    const moderator = await UserFactory.apply('moderator').create()
    ;(
      await client.get(urlFor('articles.edit', { slug: article.slug })).loginAs(moderator)
    ).assertStatus(403)

    const visitor = await client.get(urlFor('articles.edit', { slug: article.slug })).redirects(0)
    visitor.assertStatus(302)
    visitor.assertHeader(
      'location',
      `${urlFor('auth.login')}?next=%2Farticles%2F${article.slug}%2Fedit`
    )
  })

  test('saves changes: a new title gives a new slug, tags are replaced', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, {
      title: 'Old name',
      description: 'd',
      body: 'b',
      tags: ['old'],
    })
    const response = await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({
        title: 'New name',
        description: 'New d',
        body: 'New b',
        tags: 'fresh, Tags',
        published: 'true',
      })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)

    response.assertHeader('location', urlFor('articles.show', { slug: 'new-name' }))
    response.assertFlashMessage('success', 'Your article is updated.')
    const updated = await Article.query().where('id', article.id).preload('tags').firstOrFail()
    assert.equal(updated.slug, 'new-name')
    assert.equal(updated.description, 'New d')
    assert.deepEqual(updated.tagList, ['fresh', 'tags'])
    ;(await client.get(urlFor('articles.show', { slug: 'old-name' }))).assertStatus(404)
    ;(await client.get(urlFor('articles.show', { slug: 'new-name' }))).assertStatus(200)
  })

  test('keeps the slug when the title only changes case', async ({ client, assert }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, {
      title: 'Case Study',
      description: 'd',
      body: 'b',
    })
    await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({ title: 'CASE study', description: 'd', body: 'b', published: 'true' })
      .loginAs(author)
      .withCsrfToken()
    await article.refresh()
    assert.equal(article.slug, 'case-study')
    assert.equal(article.title, 'CASE study')
  })

  test('publishes a draft, stamping the publication date, and turns it back into a draft', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const draft = await new CreateArticle().handle(author, {
      title: 'Draft',
      description: 'd',
      body: 'b',
      published: false,
    })
    const form = { title: 'Draft', description: 'd', body: 'b' }

    await client
      .put(urlFor('articles.update', { slug: draft.slug }))
      .form({ ...form, published: 'true' })
      .loginAs(author)
      .withCsrfToken()
    await draft.refresh()
    assert.isTrue(draft.published)
    assert.exists(draft.publishedAt)

    const back = await client
      .put(urlFor('articles.update', { slug: draft.slug }))
      .form({ ...form, published: 'false' })
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)
    back.assertFlashMessage('success', 'Your draft is saved.')
    await draft.refresh()
    assert.isFalse(draft.published)
  })

  test("refuses another member's changes with 403 and leaves the article alone", async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').merge({ title: 'Mine' }).create()
    const form = { title: 'Hijacked', description: 'd', body: 'b', published: 'true' }

    const member = await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form(form)
      .loginAs(await UserFactory.create())
      .withCsrfToken()
    member.assertStatus(403)
    member.assertTextIncludes('Access denied')
    const moderator = await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form(form)
      .loginAs(await UserFactory.apply('moderator').create())
      .withCsrfToken()
    moderator.assertStatus(403)
    const visitor = await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form(form)
      .withCsrfToken()
      .redirects(0)
    visitor.assertStatus(302)

    await article.refresh()
    assert.equal(article.title, 'Mine')
  })

  test('deletes an article with its comments, tag links and favorites', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, {
      title: 'Doomed',
      description: 'd',
      body: 'b',
      tags: ['kept-tag'],
    })
    await CommentFactory.merge({ articleId: article.id }).with('author').createMany(2)
    const fan = await UserFactory.create()
    await db.table('favorites').insert({ user_id: fan.id, article_id: article.id })

    const response = await client
      .delete(urlFor('articles.destroy', { slug: article.slug }))
      .loginAs(author)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', urlFor('main.home'))
    response.assertFlashMessage('success', 'The article has been deleted.')
    assert.isNull(await Article.find(article.id))
    for (const table of ['comments', 'article_tags', 'favorites']) {
      const [{ count }] = await db.from(table).where('article_id', article.id).count('* as count')
      assert.equal(Number(count), 0, table)
    }
    assert.exists(await Tag.findBy('name', 'kept-tag'), 'the tag itself stays for other articles')
  })

  test('lets a moderator delete, answers 403 to another member and 404 on their draft', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await ArticleFactory.merge({ authorId: author.id }).create()
    const draft = await ArticleFactory.merge({ authorId: author.id }).apply('draft').create()
    const member = await UserFactory.create()

    const deleteAsMember = (slug: string) =>
      client.delete(urlFor('articles.destroy', { slug })).loginAs(member).withCsrfToken()
    ;(await deleteAsMember(article.slug)).assertStatus(403)
    ;(await deleteAsMember(draft.slug)).assertStatus(404)
    const visitor = await client
      .delete(urlFor('articles.destroy', { slug: article.slug }))
      .withCsrfToken()
      .redirects(0)
    visitor.assertStatus(302)
    assert.exists(await Article.find(article.id))

    const moderator = await UserFactory.apply('moderator').create()
    const response = await client
      .delete(urlFor('articles.destroy', { slug: article.slug }))
      .loginAs(moderator)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.isNull(await Article.find(article.id))
  })
})
