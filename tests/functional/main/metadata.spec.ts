import { test } from '@japa/runner'
import sharp from 'sharp'
import { appUrl } from '#config/app'
import CreateArticle from '#actions/articles/create_article'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'

const base = appUrl.replace(/\/+$/, '')

/** <meta property|name="key" content="value"> pairs of a page, in order, entities decoded. */
function metaTags(html: string, attribute: 'property' | 'name') {
  const tags: [string, string][] = []
  const pattern = new RegExp(`<meta ${attribute}="([^"]+)" content="([^"]*)">`, 'g')
  for (const [, key, value] of html.matchAll(pattern)) tags.push([key, decode(value)])
  return tags
}

function decode(value: string) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

function meta(html: string, key: string) {
  return [...metaTags(html, 'property'), ...metaTags(html, 'name')].find(([k]) => k === key)?.[1]
}

function canonical(html: string) {
  return /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1]
}

function jsonLd(html: string) {
  const found = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)
  return found ? JSON.parse(found[1]) : null
}

function title(html: string) {
  return decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
}

const isNoindex = (html: string) => html.includes('<meta name="robots" content="noindex">')

test.group('Metadata for sharing and search engines', (group) => {
  isolateDatabase(group)

  test('an article page: canonical, Open Graph, Twitter card and JSON-LD Article', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.merge({
      username: 'ada',
      bio: 'Writes about airships',
    }).create()
    const article = await new CreateArticle().handle(author, {
      title: 'Zeppelins & "airships" </script><script>alert(1)</script>',
      description: 'A short history <b>of</b> lift',
      body: 'word '.repeat(460),
      tags: ['aviation', 'history'],
    })
    const response = await client.get(urlFor('articles.show', { slug: article.slug }))
    response.assertStatus(200)
    const html = response.text()
    const url = `${base}/articles/${article.slug}`

    assert.equal(canonical(html), url)
    assert.isFalse(isNoindex(html))
    assert.equal(meta(html, 'og:type'), 'article')
    assert.equal(meta(html, 'og:title'), article.title)
    assert.equal(meta(html, 'og:description'), 'A short history <b>of</b> lift')
    assert.equal(meta(html, 'og:url'), url)
    assert.equal(meta(html, 'og:site_name'), 'Folio')
    assert.equal(meta(html, 'article:author'), `${base}/profiles/ada`)
    assert.equal(meta(html, 'article:published_time'), article.publishedAt!.toUTC().toISO())
    assert.deepEqual(
      metaTags(html, 'property').filter(([key]) => key === 'article:tag'),
      [
        ['article:tag', 'aviation'],
        ['article:tag', 'history'],
      ]
    )
    // No cover: the card drawn from the title.
    assert.equal(meta(html, 'og:image'), `${url}/card.png`)
    assert.equal(meta(html, 'og:image:width'), '1200')
    assert.equal(meta(html, 'og:image:height'), '630')
    assert.equal(meta(html, 'twitter:image'), `${url}/card.png`)
    assert.equal(meta(html, 'twitter:card'), 'summary_large_image')
    assert.equal(meta(html, 'twitter:title'), article.title)
    assert.equal(meta(html, 'twitter:description'), 'A short history <b>of</b> lift')

    // With a cover, the cover is what is shared.
    const cover = '/uploads/articles/cover-1600.webp'
    article.coverImage = cover
    await article.save()
    const withCover = (await client.get(urlFor('articles.show', { slug: article.slug }))).text()
    assert.equal(meta(withCover, 'og:image'), `${base}${cover}`)
    assert.isUndefined(meta(withCover, 'og:image:width'))
    assert.equal(meta(withCover, 'twitter:image'), `${base}${cover}`)

    // The title cannot close the JSON-LD element; the data reads back intact.
    assert.equal(html.split('</script>').length - 1, html.split('<script').length - 1)
    const data = jsonLd(html)
    assert.deepInclude(data, {
      '@context': 'https://schema.org',
      '@type': 'Article',
      'headline': article.title,
      'description': 'A short history <b>of</b> lift',
      'url': url,
      'wordCount': 460,
      'keywords': 'aviation, history',
      'image': `${url}/card.png`,
    })
    assert.equal(data.datePublished, article.publishedAt!.toUTC().toISO())
    assert.deepInclude(data.author, {
      '@type': 'Person',
      'name': 'ada',
      'url': `${base}/profiles/ada`,
    })
  })

  test('a profile page carries JSON-LD Person and its canonical address', async ({
    client,
    assert,
  }) => {
    await UserFactory.merge({ username: 'grace', bio: 'Compilers' }).create()
    const response = await client.get(urlFor('profiles.show', { username: 'GRACE' }))
    response.assertStatus(200)
    const html = response.text()
    assert.equal(canonical(html), `${base}/profiles/grace`)
    assert.equal(meta(html, 'og:type'), 'profile')
    assert.deepInclude(jsonLd(html), {
      '@context': 'https://schema.org',
      '@type': 'Person',
      'name': 'grace',
      'description': 'Compilers',
      'url': `${base}/profiles/grace`,
    })

    const favorites = await client.get(urlFor('profiles.favorites.index', { username: 'grace' }))
    assert.equal(canonical(favorites.text()), `${base}/profiles/grace/favorites`)
  })

  test('home and tag pages have their own titles, descriptions and canonical addresses', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    await new CreateArticle().handle(author, {
      title: 'Tagged',
      description: 'Tagged article',
      body: 'Body',
      tags: ['aviation'],
    })
    const home = (await client.get(urlFor('main.home'))).text()
    const tag = (await client.get(urlFor('articles.tags.show', { name: 'aviation' }))).text()

    assert.equal(title(home), 'Long-form articles by independent writers · Folio')
    assert.equal(canonical(home), `${base}/`)
    assert.match(meta(home, 'description') ?? '', /publishing platform/)
    assert.equal(meta(home, 'og:type'), 'website')

    assert.equal(title(tag), 'Articles tagged “aviation” · Folio')
    assert.equal(canonical(tag), `${base}/tags/aviation`)
    assert.match(meta(tag, 'description') ?? '', /^aviation: every published article/)
    assert.notEqual(meta(home, 'description'), meta(tag, 'description'))

    const second = (
      await client.get(`${urlFor('articles.tags.show', { name: 'aviation' })}?page=2`)
    ).text()
    assert.equal(canonical(second), `${base}/tags/aviation?page=2`)
  })

  test('drafts, search results and error pages are noindex, with no sharing tags', async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const draft = await new CreateArticle().handle(author, {
      title: 'Unfinished',
      description: 'Not yet',
      body: 'Draft',
      published: false,
    })
    const pages = [
      await client.get(urlFor('articles.show', { slug: draft.slug })).loginAs(author),
      await client.get(`${urlFor('main.search')}?q=anything`),
      await client.get('/no-such-page'),
      await client.get(urlFor('articles.show', { slug: 'no-such-article' })),
      await client.get(urlFor('articles.show', { slug: draft.slug })),
    ]
    for (const page of pages) {
      const html = page.text()
      assert.isTrue(isNoindex(html), `${page.status()} ${title(html)}`)
      assert.isUndefined(canonical(html))
      assert.isUndefined(meta(html, 'og:title'))
      assert.isNull(jsonLd(html))
    }
    assert.equal(pages[0].status(), 200)
    assert.equal(pages[3].status(), 404)
  })

  test("the generated card is a 1200×630 PNG of a published article's title", async ({
    client,
    assert,
  }) => {
    const author = await UserFactory.create()
    const article = await new CreateArticle().handle(author, {
      title:
        'A title long enough to wrap over several lines of the card, with <markup> & a Donaudampfschifffahrtsgesellschaftskapitän',
      description: 'Card',
      body: 'Body',
    })
    // Straight over HTTP, for the bytes.
    const response = await fetch(
      `http://${process.env.HOST}:${process.env.PORT}/articles/${article.slug}/card.png`
    )
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'image/png')
    assert.match(response.headers.get('cache-control') ?? '', /public/)
    const png = Buffer.from(await response.arrayBuffer())
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG')
    const { width, height, format } = await sharp(png).metadata()
    assert.deepEqual({ width, height, format }, { width: 1200, height: 630, format: 'png' })

    const draft = await new CreateArticle().handle(author, {
      title: 'Secret',
      description: 'Draft',
      body: 'Draft',
      published: false,
    })
    const hidden = await client.get(`/articles/${draft.slug}/card.png`)
    hidden.assertStatus(404)
  })
})
