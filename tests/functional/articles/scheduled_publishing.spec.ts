import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Article from '#models/article'
import Tag from '#models/tag'
import { UserFactory } from '#database/factories/user_factory'
import PublishScheduledArticles from '#actions/articles/publish_scheduled_articles'
import { isolateDatabase } from '#tests/support/database'
import { tokenHeader } from '#tests/support/api'
import { urlFor } from '#tests/support/routes'

const form = {
  title: 'Tomorrow at nine',
  description: 'Scheduled',
  body: 'Out when it is due.',
  tags: 'timing',
}

test.group('Scheduled publishing', (group) => {
  isolateDatabase(group)

  test('the editor schedules a draft in the writer’s zone; it appears when due and not before', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.create()
    const local = DateTime.now()
      .setZone('Asia/Tokyo')
      .plus({ days: 1 })
      .startOf('minute') as DateTime<true>

    const saved = await client
      .post(urlFor('articles.store'))
      .form({
        ...form,
        publish_at: local.toFormat("yyyy-LL-dd'T'HH:mm"),
        time_zone: 'Asia/Tokyo',
        schedule: 'set',
      })
      .loginAs(writer)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const article = await Article.findByOrFail('title', form.title)
    assert.isFalse(article.published)
    assert.equal(article.publishAt!.toMillis(), local.toMillis(), 'stored as that instant (UTC)')
    saved.assertFlashMessage(
      'success',
      `Your article is scheduled for ${local.toUTC().toFormat("LLL d, yyyy, HH:mm 'UTC'")}.`
    )

    const own = await client.get(urlFor('articles.show', { slug: article.slug })).loginAs(writer)
    own.assertTextIncludes('Scheduled for')
    const guest = await client.get(urlFor('articles.show', { slug: article.slug }))
    guest.assertStatus(404)

    // The job's run time, not a sleep: one second early, then on time.
    assert.equal(await new PublishScheduledArticles().handle(local.minus({ seconds: 1 })), 0)
    ;(await client.get(urlFor('articles.show', { slug: article.slug }))).assertStatus(404)
    assert.equal(await new PublishScheduledArticles().handle(local.plus({ seconds: 30 })), 1)

    const published = await client.get(urlFor('articles.show', { slug: article.slug }))
    published.assertStatus(200)
    await article.refresh()
    assert.isTrue(article.published)
    assert.isNull(article.publishAt)
    assert.equal(article.publishedAt!.toMillis(), local.toMillis(), 'dated at its scheduled time')
    const tag = await Tag.findByOrFail('name', 'timing')
    assert.equal(tag.publishedArticlesCount, 1, 'counts follow through the triggers')
    const api = await client.get('/api/v1/articles').qs({ tag: 'timing' })
    assert.equal(api.body().articlesCount, 1)
  })

  test('a schedule can be moved and cancelled from the editor', async ({ client, assert }) => {
    const writer = await UserFactory.create()
    const first = DateTime.utc().plus({ days: 2 }).startOf('minute')
    await client
      .post(urlFor('articles.store'))
      .form({ ...form, publish_at: first.toFormat("yyyy-LL-dd'T'HH:mm"), schedule: 'set' })
      .loginAs(writer)
      .withCsrfToken()
    const article = await Article.findByOrFail('title', form.title)

    const edit = await client.get(urlFor('articles.edit', { slug: article.slug })).loginAs(writer)
    edit.assertTextIncludes('Cancel schedule')

    const later = first.plus({ hours: 3 })
    await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({ ...form, publish_at: later.toFormat("yyyy-LL-dd'T'HH:mm"), schedule: 'set' })
      .loginAs(writer)
      .withCsrfToken()
    await article.refresh()
    assert.equal(article.publishAt!.toMillis(), later.toMillis())

    await client
      .put(urlFor('articles.update', { slug: article.slug }))
      .form({ ...form, schedule: 'cancel' })
      .loginAs(writer)
      .withCsrfToken()
    await article.refresh()
    assert.isNull(article.publishAt)
    assert.equal(await new PublishScheduledArticles().handle(later.plus({ minutes: 1 })), 0)
    assert.isFalse((await Article.findOrFail(article.id)).published)
  })

  test('a time in the past is refused next to the field', async ({ client }) => {
    const writer = await UserFactory.create()
    const response = await client
      .post(urlFor('articles.store'))
      .form({ ...form, publish_at: '2020-01-01T09:00', schedule: 'set' })
      .loginAs(writer)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('inputErrorsBag', { publish_at: ['Choose a time in the future.'] })
  })

  test('the API takes publishAt on create and update; null cancels', async ({ client, assert }) => {
    const writer = await UserFactory.create()
    const authorization = await tokenHeader(writer)
    const when = DateTime.utc().plus({ hours: 5 }).startOf('second')

    const created = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({ article: { title: 'Later', description: 'd', body: 'b', publishAt: when.toISO() } })
    created.assertStatus(201)
    created.assertAgainstApiSpec()
    assert.isFalse(created.body().article.published)
    assert.equal(created.body().article.publishAt, when.toISO())
    const slug = created.body().article.slug

    const moved = await client
      .put(`/api/v1/articles/${slug}`)
      .header('authorization', authorization)
      .json({ article: { publishAt: when.plus({ hours: 1 }).setZone('UTC+2').toISO() } })
    moved.assertStatus(200)
    moved.assertAgainstApiSpec()
    assert.equal(moved.body().article.publishAt, when.plus({ hours: 1 }).toISO())

    const cancelled = await client
      .put(`/api/v1/articles/${slug}`)
      .header('authorization', authorization)
      .json({ article: { publishAt: null } })
    cancelled.assertAgainstApiSpec()
    assert.isNull(cancelled.body().article.publishAt)

    const past = await client
      .put(`/api/v1/articles/${slug}`)
      .header('authorization', authorization)
      .json({ article: { publishAt: '2020-01-01T00:00:00Z' } })
    past.assertStatus(422)
    past.assertAgainstApiSpec()
  })
})
