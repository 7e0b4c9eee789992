import { test } from '@japa/runner'
import Article from '#models/article'
import { UserFactory } from '#database/factories/user_factory'
import { ArticleFactory } from '#database/factories/article_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

test.group('Favorites', (group) => {
  isolateDatabase(group)

  test('favorites an article once, however many times the button is pressed', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()

    for (let i = 0; i < 2; i++) {
      const response = await client
        .post(urlFor('articles.favorite.store', { slug: article.slug }))
        .loginAs(reader)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', urlFor('articles.show', { slug: article.slug }))
      response.assertFlashMessage('success', 'Added to your favorites.')
    }

    const fresh = await Article.findOrFail(article.id)
    assert.equal(fresh.favoritesCount, 1)
    const page = await client.get(urlFor('articles.show', { slug: article.slug })).loginAs(reader)
    page.assertTextIncludes('aria-pressed="true"')
    page.assertTextIncludes('(1 favorite)')
  })

  test('unfavorites an article, and does nothing when it was not a favorite', async ({
    client,
    assert,
  }) => {
    const article = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()
    await client
      .post(urlFor('articles.favorite.store', { slug: article.slug }))
      .loginAs(reader)
      .withCsrfToken()

    for (let i = 0; i < 2; i++) {
      const response = await client
        .delete(urlFor('articles.favorite.destroy', { slug: article.slug }))
        .loginAs(reader)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      response.assertFlashMessage('success', 'Removed from your favorites.')
    }
    assert.equal((await Article.findOrFail(article.id)).favoritesCount, 0)
  })

  test('goes back to a same-site page it came from, never to another site', async ({ client }) => {
    const article = await ArticleFactory.with('author').create()
    const reader = await UserFactory.create()

    const back = await client
      .post(urlFor('articles.favorite.store', { slug: article.slug }))
      .form({ next: `${urlFor('articles.tags.show', { name: 'node' })}?page=2` })
      .loginAs(reader)
      .withCsrfToken()
      .redirects(0)
    back.assertHeader('location', `${urlFor('articles.tags.show', { name: 'node' })}?page=2`)

    const offsite = await client
      .delete(urlFor('articles.favorite.destroy', { slug: article.slug }))
      .form({ next: '//evil.example/phish' })
      .loginAs(reader)
      .withCsrfToken()
      .redirects(0)
    offsite.assertHeader('location', urlFor('articles.show', { slug: article.slug }))
  })

  test('sends a signed-out visitor to the login page', async ({ client, assert }) => {
    const article = await ArticleFactory.with('author').create()
    for (const request of [
      client.post(urlFor('articles.favorite.store', { slug: article.slug })),
      client.delete(urlFor('articles.favorite.destroy', { slug: article.slug })),
    ]) {
      const response = await request.withCsrfToken().redirects(0)
      response.assertStatus(302)
      assert.equal(response.header('location')?.split('?')[0], urlFor('auth.login'))
    }
    assert.equal((await Article.findOrFail(article.id)).favoritesCount, 0)
  })

  test("answers 404 on someone else's draft and on an unknown article", async ({ client }) => {
    const draft = await ArticleFactory.with('author').apply('draft').create()
    const reader = await UserFactory.create()
    for (const slug of [draft.slug, 'nope']) {
      const response = await client
        .post(urlFor('articles.favorite.store', { slug }))
        .loginAs(reader)
        .withCsrfToken()
      response.assertStatus(404)
    }
  })
})
