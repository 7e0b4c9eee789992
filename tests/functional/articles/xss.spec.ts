import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Tag from '#models/tag'
import { UserFactory } from '#database/factories/user_factory'
import { CommentFactory } from '#database/factories/article_factory'
import CreateArticle from '#actions/articles/create_article'
import { isolateDatabase } from '#tests/support/database'
import { XSS_PAYLOADS, activeContent } from '#tests/functional/articles/inert_html'
import { urlFor } from '#tests/support/routes'

test.group('User text is rendered inert on every article and profile page', (group) => {
  isolateDatabase(group)

  for (const payload of XSS_PAYLOADS) {
    test('in title, summary, body, tags, comments and bio: {$self}')
      .with([payload])
      .run(async ({ client, assert }, source) => {
        const author = await UserFactory.merge({ bio: source }).create()
        const fan = await UserFactory.merge({ bio: source }).create()
        const moderator = await UserFactory.apply('moderator').create()
        const article = await new CreateArticle().handle(author, {
          title: source,
          description: source,
          body: `Intro\n\n${source}\n\n> ${source}\n\n- ${source}`,
          tags: [source, `${source} second`],
        })
        const draft = await new CreateArticle().handle(author, {
          title: `${source} draft`,
          description: source,
          body: source,
          tags: [source],
          published: false,
        })
        await CommentFactory.merge({
          articleId: article.id,
          authorId: fan.id,
          body: source,
        }).create()
        await CommentFactory.merge({ articleId: article.id, authorId: fan.id, body: source })
          .apply('hidden')
          .create()
        await db.table('favorites').insert({ user_id: fan.id, article_id: article.id })

        const articleUrl = urlFor('articles.show', { slug: article.slug })
        const pages = [
          { name: 'article (visitor)', request: client.get(articleUrl) },
          { name: 'article (author)', request: client.get(articleUrl).loginAs(author) },
          { name: 'article (moderator)', request: client.get(articleUrl).loginAs(moderator) },
          {
            name: 'draft (author)',
            request: client.get(urlFor('articles.show', { slug: draft.slug })).loginAs(author),
          },
          { name: 'editor (edit)', request: client.get(`${articleUrl}/edit`).loginAs(author) },
          {
            name: 'editor (old input after an error)',
            request: client
              .get(urlFor('articles.create'))
              .loginAs(author)
              .withFlashMessages({
                title: source,
                description: source,
                body: source,
                tags: source,
                inputErrorsBag: { title: [source] },
              }),
          },
          {
            name: 'profile (visitor)',
            request: client.get(urlFor('profiles.show', { username: author.username })),
          },
          {
            name: 'profile (own, with drafts)',
            request: client
              .get(urlFor('profiles.show', { username: author.username }))
              .loginAs(author),
          },
          {
            name: 'favorites',
            request: client
              .get(urlFor('profiles.favorites.index', { username: fan.username }))
              .loginAs(fan),
          },
          ...article.tags.map((tag) => ({
            name: `tag page ${tag.name}`,
            request: client.get(urlFor('articles.tags.show', { name: tag.name })),
          })),
        ]

        for (const page of pages) {
          const response = await page.request
          assert.equal(response.status(), 200, page.name)
          const html = response.text()
          assert.include(html, 'xss', `${page.name} shows the text`)
          assert.deepEqual(activeContent(html), [], page.name)
        }
        assert.deepEqual(
          article.tagList,
          Tag.normalizeNames([source, `${source} second`]),
          'tags are stored normalized'
        )
      })
  }

  test('the inertness check itself catches live markup', ({ assert }) => {
    assert.isNotEmpty(activeContent('<p><img src=x onerror=alert(1)></p>'))
    assert.isNotEmpty(activeContent('<a href=" javascript:alert(1)">x</a>'))
    assert.isNotEmpty(activeContent('<a href="&#106;avascript:alert(1)">x</a>'))
    assert.isNotEmpty(activeContent('<script>alert(1)</script>'))
    assert.isNotEmpty(activeContent('<svg><desc>x</desc></svg>'))
    assert.isEmpty(activeContent('<input value="&quot;&gt;&lt;svg onload=alert(1)&gt;">'))
    assert.isEmpty(activeContent('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'))
  })
})
