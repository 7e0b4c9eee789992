import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import { DateTime } from 'luxon'
import { isolateDatabase } from '#tests/support/database'
import { UserFactory } from '#database/factories/user_factory'
import Article from '#models/article'
import Comment from '#models/comment'
import Tag from '#models/tag'
import CreateFollow from '#actions/follows/create_follow'
import CreateFavorite from '#actions/favorites/create_favorite'
import { urlFor } from '#tests/support/routes'

/** Classic stored-XSS payloads: tags, attribute break-outs, URL schemes, Markdown links. */
const PAYLOADS = [
  `<script>alert('xss-1')</script>`,
  `<img src=x onerror=alert('xss-2')>`,
  `"><svg onload=alert('xss-3')>`,
  `' onmouseover='alert(4)' x='`,
  `</textarea><script>alert('xss-5')</script>`,
  `</title><body onload=alert('xss-6')>`,
  `[click me](javascript:alert('xss-7'))`,
  `<a href="javascript:alert('xss-8')">link</a>`,
  `<iframe srcdoc="<script>alert(9)</script>"></iframe>`,
  `javascript:alert('xss-10')`,
]

/**
 * Markup the payloads could smuggle in, found by reading the raw HTML tag
 * by tag, attribute by attribute (quoted values respected, so escaped text
 * inside a value never counts): on* handlers, javascript: URLs, srcdoc,
 * scripts other than the site's own files (and JSON-LD data), frames and plugins.
 */
/** The site's own icons (components/article/list.edge): inline SVG, never from user input. */
const SITE_ICON = '<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16">'

function injectedMarkup(page: string): string[] {
  const problems: string[] = []
  // JSON-LD is data, never run: fine when it parses as JSON and holds no "<".
  const html = page.replace(
    /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
    (whole, json: string) => {
      try {
        return json.includes('<') || JSON.parse(json) === undefined ? whole : ''
      } catch {
        return whole
      }
    }
  )
  const tags = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
  const attributes = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
  let bodies = 0
  for (const [tag, rawName, rawAttributes] of html.matchAll(tags)) {
    const name = rawName.toLowerCase()
    if (['iframe', 'object', 'embed', 'frame', 'svg', 'math'].includes(name) && tag !== SITE_ICON)
      problems.push(tag)
    if (name === 'body' && ++bodies > 1) problems.push(tag)
    const attrs = new Map<string, string>()
    for (const [, attrName, double, single, bare] of rawAttributes.matchAll(attributes)) {
      attrs.set(attrName.toLowerCase(), double ?? single ?? bare ?? '')
    }
    if (name === 'script' && !(attrs.get('src') ?? '').startsWith('/')) problems.push(tag)
    for (const [attrName, value] of attrs) {
      const url = value.replace(/&#x?[0-9a-f]+;|&colon;|\s/gi, (entity) =>
        /3a|58|colon/i.test(entity) ? ':' : ''
      )
      if (attrName.startsWith('on') || attrName === 'srcdoc') problems.push(tag)
      else if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attrName) &&
        /^javascript:/i.test(url)
      ) {
        problems.push(tag)
      }
    }
  }
  return problems
}

function assertInert(assert: Assert, html: string, where: string) {
  const problems = injectedMarkup(html)
  assert.deepEqual(
    problems,
    [],
    `${where} contains live markup: ${problems.join(' ').slice(0, 300)}`
  )
}

/** Every user-writable text field of every model, holding the payload (stored as-is, as if validation had let it through). */
async function storeEverywhere(payload: string, index: number) {
  const writer = await UserFactory.merge({
    username: `w${index}${payload}`.slice(0, 40),
    bio: payload,
    location: payload,
    image: `https://example.com/a.png?x=${payload}`,
  }).create()
  const reader = await UserFactory.create()
  const admin = await UserFactory.apply('admin').create()

  const article = await Article.create({
    authorId: writer.id,
    slug: `xss-article-${index}`,
    title: payload,
    description: payload,
    body: `${payload}\n\n## ${payload}\n\n* ${payload}\n\n\`${payload}\`\n\n[${payload}](https://example.com/?q=${encodeURIComponent(payload)})`,
    published: true,
    publishedAt: DateTime.now(),
  })
  const draft = await Article.create({
    authorId: writer.id,
    slug: `xss-draft-${index}`,
    title: `Draft ${payload}`,
    description: payload,
    body: payload,
    published: false,
  })
  const tag = await Tag.create({ name: payload.toLowerCase().slice(0, 40) })
  await article.related('tags').attach([tag.id])
  await Comment.create({
    articleId: article.id,
    authorId: reader.id,
    body: payload,
    status: 'visible',
  })
  await Comment.create({
    articleId: article.id,
    authorId: writer.id,
    body: `hidden ${payload}`,
    status: 'hidden',
  })
  await new CreateFollow().handle(reader, writer)
  await new CreateFavorite().handle(reader, article)
  return { writer, reader, admin, article, draft, tag }
}

test.group('Security: stored XSS payloads are inert on every page that shows them', (group) => {
  isolateDatabase(group)

  test('payload {$i}: {$self}')
    .with(PAYLOADS)
    .run(async ({ client, assert }, payload) => {
      const index = PAYLOADS.indexOf(payload)
      const { writer, reader, admin, article, draft, tag } = await storeEverywhere(payload, index)
      const profile = urlFor('profiles.show', { username: writer.username })
      const word = 'click'

      const pages: { url: string; as?: typeof writer }[] = [
        { url: urlFor('main.home') },
        { url: `${urlFor('main.home')}?page=1` },
        { url: urlFor('articles.show', { slug: article.slug }) },
        { url: urlFor('articles.show', { slug: article.slug }), as: admin },
        { url: urlFor('articles.tags.show', { name: tag.name }) },
        { url: `${urlFor('main.search')}?q=${encodeURIComponent(payload)}` },
        { url: `${urlFor('main.search')}?q=${word}` },
        { url: profile },
        { url: `${profile}/favorites` },
        { url: urlFor('profiles.favorites.index', { username: reader.username }) },
        { url: urlFor('main.feed'), as: reader },
        { url: urlFor('main.dashboard'), as: writer },
        { url: urlFor('profiles.settings.edit'), as: writer },
        { url: urlFor('articles.edit', { slug: article.slug }), as: writer },
        { url: urlFor('articles.edit', { slug: draft.slug }), as: writer },
        { url: urlFor('admin.dashboard.index'), as: admin },
        { url: urlFor('admin.users.index'), as: admin },
        { url: `${urlFor('admin.users.index')}?q=${encodeURIComponent(payload)}`, as: admin },
        { url: urlFor('admin.comments.index'), as: admin },
        { url: urlFor('admin.articles.index'), as: admin },
        { url: urlFor('admin.activity.index'), as: admin },
        { url: '/feed.xml' },
        { url: '/sitemap.xml' },
      ]

      for (const page of pages) {
        const request = client.get(page.url).redirects(0)
        const response = page.as ? await request.loginAs(page.as) : await request
        const where = `${page.url}${page.as ? ` (as ${page.as === admin ? 'admin' : 'user'})` : ''}`
        assert.isBelow(response.status(), 500, `${where} answers without a server error`)
        assertInert(assert, response.text(), where)
      }

      // The pages did show the payload (as text), so the checks above looked at it.
      const shown = await client.get(urlFor('articles.show', { slug: article.slug }))
      shown.assertStatus(200)
      assert.include(shown.text(), 'alert(')
    })

  test('the detector itself tells live markup from escaped text', ({ assert }) => {
    const live = [
      `<img src=x onerror=alert(1)>`,
      `<div title="x" onclick='alert(1)'>`,
      `<a href="javascript:alert(1)">x</a>`,
      `<a href=" jav&#x61;script:alert(1)">x</a>`.replace('jav&#x61;', 'java'),
      `<script>alert(1)</script>`,
      `<iframe src="/x"></iframe>`,
    ]
    for (const html of live) assert.isNotEmpty(injectedMarkup(html), html)
    const inert = [
      `<p>&lt;img src=x onerror=alert(1)&gt;</p>`,
      `<img class="avatar" src="https://example.com/a.png?x=&quot; onerror=&quot;alert(1)">`,
      `<input value='&#39; onmouseover=&#39;alert(1)'>`,
      `<script src="/js/app.js" defer></script>`,
      `<a href="https://example.com/?q=javascript:alert(1)">x</a>`,
    ]
    for (const html of inert) assert.isEmpty(injectedMarkup(html), html)
  })
})
