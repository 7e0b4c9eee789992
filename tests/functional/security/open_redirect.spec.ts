import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/support/database'
import { createWorld, urlFor } from '#tests/support/routes'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'

/** Ways to write "somewhere else" that a naive check lets through. */
const OFF_SITE = [
  'https://evil.example',
  'http://evil.example/path',
  '//evil.example',
  '///evil.example',
  '////evil.example',
  '/\\evil.example',
  '\\/evil.example',
  '\\\\evil.example',
  'http:/evil.example',
  'https:evil.example',
  '/%2F%2Fevil.example',
  '/%5Cevil.example',
  '%2F%2Fevil.example',
  ' //evil.example',
  '\t//evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  '@evil.example',
  '/@evil.example',
  'https://folio.test@evil.example',
  '//evil.example/%2F..',
  '/.//evil.example',
]

/** Where a Location header would take a browser that is on this site. */
function destinationHost(location: string) {
  return new URL(location, 'http://folio.test/').host
}

test.group('Security: ?next= never leaves the site', (group) => {
  isolateDatabase(group)

  test('sign-in ignores ?next={$self}')
    .with(OFF_SITE)
    .run(async ({ client, assert }, next) => {
      const user = await UserFactory.create()
      const response = await client
        .post(urlFor('auth.login.store'))
        .form({ email: user.email, password: FACTORY_PASSWORD, next })
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      const location = response.header('location') ?? ''
      assert.equal(
        destinationHost(location),
        'folio.test',
        `redirected to ${JSON.stringify(location)}`
      )
      assert.isTrue(
        location.startsWith('/') && !location.startsWith('//') && !location.startsWith('/\\'),
        location
      )
    })

  test('the sign-in page only carries a same-site ?next= into its form and links', async ({
    client,
    assert,
  }) => {
    for (const next of OFF_SITE) {
      const page = await client.get(`${urlFor('auth.login')}?next=${encodeURIComponent(next)}`)
      page.assertStatus(200)
      const html = page.text().replace(/&amp;/g, '&')
      const carried = [
        ...[...html.matchAll(/name="next" value="([^"]*)"/g)].map((m) => m[1]),
        ...[...html.matchAll(/href="[^"]*[?&]next=([^"&]*)"/g)].map((m) =>
          new URLSearchParams(`next=${m[1]}`).get('next')!
        ),
      ]
      for (const value of carried) {
        assert.equal(
          destinationHost(value),
          'folio.test',
          `GET /auth/login?next=${next} carries ${value}`
        )
        assert.isFalse(/^\s*[\/\\]{2}/.test(value), `GET /auth/login?next=${next} carries ${value}`)
      }
    }
  })

  test('favorite and follow buttons never return to an off-site next either', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    for (const next of OFF_SITE) {
      for (const url of [
        urlFor('articles.favorite.store', { slug: world.article.slug }),
        urlFor('profiles.follow.store', { username: world.author.username }),
      ]) {
        const response = await client
          .post(url)
          .form({ next })
          .loginAs(world.stranger)
          .withCsrfToken()
          .redirects(0)
        const location = response.header('location') ?? ''
        assert.equal(
          destinationHost(location),
          'folio.test',
          `POST ${url} with next=${next} → ${location}`
        )
        assert.isFalse(
          /^\s*[\/\\]{2}/.test(location),
          `POST ${url} with next=${next} → ${location}`
        )
      }
    }
  })

  test('a same-site ?next= is honoured, so the check is not simply "ignore next"', async ({
    client,
  }) => {
    const user = await UserFactory.create()
    const response = await client
      .post(urlFor('auth.login.store'))
      .form({
        email: user.email,
        password: FACTORY_PASSWORD,
        next: `${urlFor('main.dashboard')}?tab=drafts`,
      })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', `${urlFor('main.dashboard')}?tab=drafts`)
  })
})
