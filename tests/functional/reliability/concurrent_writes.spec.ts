import { test } from '@japa/runner'
import {
  type AppProcess,
  CookieSession,
  registerThroughApi,
  startAppOn,
  startOwnDatabase,
} from '#tests/support/app_process'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import { urlFor } from '#tests/support/routes'

/*
|--------------------------------------------------------------------------
| Unique columns under concurrency
|--------------------------------------------------------------------------
|
| Many requests at the very same moment against a real server process: the
| validators' uniqueness checks all pass, and only the database can tell
| the writers apart. Nobody gets a 500: articles get the next free slug,
| accounts a 422 "already taken", favorites/follows/tags are idempotent.
|
*/

interface Answer {
  status: number
  body: any
}

/** `count` requests built by `request(i)`, sent all at once. */
function all(count: number, request: (index: number) => Promise<Response>): Promise<Answer[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const response = await request(index)
      const text = await response.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {}
      return { status: response.status, body }
    })
  )
}

function statusCounts(answers: Answer[]) {
  const counts: Record<number, number> = {}
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

test.group('Reliability: unique columns under concurrent writers', (group) => {
  let cluster: DisposableCluster
  let app: AppProcess
  let writers: { username: string; token: string }[]

  const api = (path: string, method: string, token: string | null, body?: unknown) =>
    fetch(`${app.url}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Token ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  group.setup(async () => {
    cluster = await startOwnDatabase('concurrent-writes')
    // Limits off: twenty registrations from one address are the point here.
    app = await startAppOn(cluster, { RATE_LIMITS: 'off' })
    writers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => registerThroughApi(app.url, `writer_${index}`))
    ).then((accounts) =>
      accounts.map((account, index) => ({ ...account, username: `writer_${index}` }))
    )
    return async () => {
      await app.stop()
      await cluster.destroy()
    }
  })
  group.each.timeout(90_000)

  test('20 authors publishing one title at once all get 201, each with its own slug', async ({
    assert,
  }) => {
    const answers = await all(20, (index) =>
      api('/articles', 'POST', writers[index].token, {
        article: { title: 'Breaking News', description: 'At once', body: 'Text.' },
      })
    )
    assert.deepEqual(statusCounts(answers), { 201: 20 })
    const slugs = answers.map(({ body }) => body.article.slug as string)
    assert.equal(new Set(slugs).size, 20, 'no two articles share a slug')
    assert.include(slugs, 'breaking-news')
    for (const slug of slugs) assert.match(slug, /^breaking-news(-\d+)?$/)
  })

  test('articles renamed to one title at once all get 200 and distinct slugs', async ({
    assert,
  }) => {
    const created = await all(10, (index) =>
      api('/articles', 'POST', writers[index].token, {
        article: { title: `Working title ${index}`, description: 'Soon renamed', body: 'Text.' },
      })
    )
    const answers = await all(10, (index) =>
      api(`/articles/${created[index].body.article.slug}`, 'PUT', writers[index].token, {
        article: { title: 'Final Title' },
      })
    )
    assert.deepEqual(statusCounts(answers), { 200: 10 })
    const slugs = answers.map(({ body }) => body.article.slug as string)
    assert.equal(new Set(slugs).size, 10)
    for (const slug of slugs) assert.match(slug, /^final-title(-\d+)?$/)
  })

  test('20 API registrations of one username at once: one 201, the rest 422 "already taken"', async ({
    assert,
  }) => {
    const answers = await all(20, (index) =>
      api('/users', 'POST', null, {
        user: {
          username: 'Popular',
          email: `popular${index}@example.com`,
          password: 'long-password',
        },
      })
    )
    assert.deepEqual(statusCounts(answers), { 201: 1, 422: 19 })
    for (const { status, body } of answers.filter((answer) => answer.status === 422)) {
      assert.equal(status, 422)
      assert.deepEqual(Object.keys(body.errors), ['username'])
      assert.match(body.errors.username[0], /already been taken/)
    }
  })

  test('20 API registrations of one e-mail at once: one 201, the rest 422 "already taken"', async ({
    assert,
  }) => {
    const answers = await all(20, (index) =>
      api('/users', 'POST', null, {
        user: {
          username: `same_mail_${index}`,
          email: 'Same@Example.com',
          password: 'long-password',
        },
      })
    )
    assert.deepEqual(statusCounts(answers), { 201: 1, 422: 19 })
    for (const { body } of answers.filter((answer) => answer.status === 422)) {
      assert.deepEqual(Object.keys(body.errors), ['email'])
      assert.match(body.errors.email[0], /already been taken/)
    }
  })

  test('users taking one username with PUT /user at once: one 200, the rest 422', async ({
    assert,
  }) => {
    // With a new password too: hashing it widens the gap between the check and the write.
    const answers = await all(10, (index) =>
      api('/user', 'PUT', writers[index].token, {
        user: { username: 'TheOne', password: 'another-long-password' },
      })
    )
    assert.deepEqual(statusCounts(answers), { 200: 1, 422: 9 })
    for (const { body } of answers.filter((answer) => answer.status === 422)) {
      assert.match(body.errors.username[0], /already been taken/)
    }
    const winner = answers.find((answer) => answer.status === 200)!
    assert.equal(winner.body.user.username, 'TheOne')
    const profile = await api('/profiles/theone', 'GET', null)
    assert.equal(profile.status, 200)
  })

  test('the sign-up form under the same race: one account, the others see "already taken"', async ({
    assert,
  }) => {
    const browsers = Array.from({ length: 10 }, () => new CookieSession(app.url))
    await Promise.all(browsers.map((browser) => browser.get(urlFor('auth.register'))))
    const answers = await Promise.all(
      browsers.map((browser, index) =>
        browser.post(urlFor('auth.register.store'), {
          username: 'formrace',
          email: `formrace${index}@example.com`,
          password: 'long-password',
          password_confirmation: 'long-password',
        })
      )
    )
    assert.deepEqual(
      answers.map(({ status }) => status),
      Array(10).fill(302),
      'every form post is answered with a redirect'
    )
    // The new member is signed in (the sign-up page sends them away); the
    // others see the form again with the error next to the username.
    const forms = await Promise.all(browsers.map((browser) => browser.get(urlFor('auth.register'))))
    assert.lengthOf(
      forms.filter(({ status }) => status === 302),
      1,
      'one account was opened and signed in'
    )
    const refused = forms.filter(({ status }) => status === 200)
    assert.lengthOf(refused, 9, 'the others are back on the form')
    for (const { html } of refused) assert.include(html, 'The username has already been taken')
  })

  test('the settings form and the editor under the same race never answer 500', async ({
    assert,
  }) => {
    const browsers = await Promise.all(
      writers.slice(10, 16).map(async ({ username }) => {
        const browser = new CookieSession(app.url)
        await browser.get(urlFor('auth.login'))
        const signedIn = await browser.post(urlFor('auth.login.store'), {
          email: `${username}@example.com`,
          password: 'correct-horse-battery',
        })
        assert.equal(signedIn.location, urlFor('main.home'))
        await browser.get(urlFor('articles.create'))
        return browser
      })
    )
    const published = await Promise.all(
      browsers.map((browser) =>
        browser.post(urlFor('articles.store'), {
          title: 'Same Headline',
          description: 'D',
          body: 'B',
        })
      )
    )
    const locations = published.map(({ status, location }) => {
      assert.equal(status, 302)
      return location
    })
    assert.equal(new Set(locations).size, 6, 'six articles, six addresses')
    for (const location of locations)
      assert.match(location ?? '', /^\/articles\/same-headline(-\d+)?$/)

    await Promise.all(browsers.map((browser) => browser.get(urlFor('profiles.settings.edit'))))
    const saved = await Promise.all(
      browsers.map((browser, index) =>
        browser.post(`${urlFor('profiles.settings.update')}?_method=PUT`, {
          username: 'settled',
          email: `${writers[10 + index].username}@example.com`,
        })
      )
    )
    assert.deepEqual(
      saved.map(({ status }) => status),
      Array(6).fill(302)
    )
    const taken = await Promise.all(
      browsers.map(async (browser) => (await browser.get(urlFor('profiles.settings.edit'))).html)
    )
    assert.lengthOf(
      taken.filter((html) => html.includes('The username has already been taken')),
      5,
      'five of the six see the error on the form'
    )
  })

  test('favorites, follows and new tags stay single under 20 identical requests', async ({
    assert,
  }) => {
    const [reader, author] = [writers[18], writers[19]]
    const created = await api('/articles', 'POST', author.token, {
      article: { title: 'Favorite me', description: 'D', body: 'B' },
    })
    const { slug } = ((await created.json()) as { article: { slug: string } }).article

    const favorites = await all(20, () => api(`/articles/${slug}/favorite`, 'POST', reader.token))
    assert.deepEqual(statusCounts(favorites), { 200: 20 })
    const article = await api(`/articles/${slug}`, 'GET', reader.token)
    const { favoritesCount, favorited } = ((await article.json()) as any).article
    assert.equal(favoritesCount, 1)
    assert.isTrue(favorited)

    const follows = await all(20, () =>
      api(`/profiles/${author.username}/follow`, 'POST', reader.token)
    )
    assert.deepEqual(statusCounts(follows), { 200: 20 })
    for (const { body } of follows) assert.isTrue(body.profile.following)

    const tagged = await all(20, (index) =>
      api('/articles', 'POST', writers[index].token, {
        article: {
          title: `Tagged ${index}`,
          description: 'D',
          body: 'B',
          tagList: ['brand-new-tag', 'another-new-tag'],
        },
      })
    )
    assert.deepEqual(statusCounts(tagged), { 201: 20 })
    const tags = ((await (await api('/tags', 'GET', null)).json()) as { tags: string[] }).tags
    assert.equal(tags.filter((tag) => tag === 'brand-new-tag').length, 1)
    assert.equal(tags.filter((tag) => tag === 'another-new-tag').length, 1)
  })
})
