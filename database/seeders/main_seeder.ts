import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { Faker, base, en } from '@faker-js/faker'
import { DateTime } from 'luxon'
import User, { type Role } from '#models/user'
import Article from '#models/article'

/** Every demo account signs in with this password (README lists the accounts). */
export const DEMO_PASSWORD = 'password123'

/**
 * The demo site: 12 people (admin, moderator, members), 64 articles with tags
 * and Markdown bodies (a few drafts), comments (two hidden), favorites and
 * follows. Idempotent: people are matched by e-mail, articles by slug,
 * comments by (article, author, text), and links are inserted with
 * ON CONFLICT DO NOTHING, so running `node ace db:seed` again changes nothing.
 * The content comes from a fixed faker seed, so every run plans the same site.
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    const plan = demoPlan()
    const client = this.client

    const users = new Map<string, User>()
    for (const person of plan.people) {
      const user = await User.firstOrCreate(
        { email: person.email },
        // Demo addresses count as confirmed, so notification e-mails reach the dev mailbox.
        { ...person, password: DEMO_PASSWORD, isActive: true, emailVerifiedAt: DateTime.now() },
        { client }
      )
      users.set(person.username, user)
    }

    const now = DateTime.now().startOf('hour')
    const articles = new Map<string, Article>()
    for (const draft of plan.articles) {
      const publishedAt = draft.published ? now.minus({ hours: draft.hoursAgo }) : null
      const article = await Article.firstOrCreate(
        { slug: draft.slug },
        {
          authorId: users.get(draft.author)!.id,
          title: draft.title,
          description: draft.description,
          body: draft.body,
          published: draft.published,
          publishedAt,
          views: draft.published ? draft.views : 0,
          createdAt: now.minus({ hours: draft.hoursAgo + 20 }),
          updatedAt: publishedAt ?? now.minus({ hours: draft.hoursAgo }),
        },
        { client }
      )
      articles.set(draft.slug, article)
    }

    const tagNames = [...new Set(plan.articles.flatMap((draft) => draft.tags))]
    await client
      .insertQuery()
      .table('tags')
      .multiInsert(tagNames.map((name) => ({ name })))
      .onConflict('name')
      .ignore()
    const tagRows = await client.from('tags').whereIn('name', tagNames).select('id', 'name')
    const tagIds = new Map(tagRows.map((row) => [row.name as string, row.id as number]))
    await client
      .insertQuery()
      .table('article_tags')
      .multiInsert(
        plan.articles.flatMap((draft) =>
          draft.tags.map((name) => ({
            article_id: articles.get(draft.slug)!.id,
            tag_id: tagIds.get(name)!,
          }))
        )
      )
      .onConflict(['article_id', 'tag_id'])
      .ignore()

    const articleIds = [...articles.values()].map((article) => article.id)
    const existing = await client
      .from('comments')
      .whereIn('article_id', articleIds)
      .select('article_id', 'author_id', 'body')
    const seen = new Set(existing.map((row) => `${row.article_id}:${row.author_id}:${row.body}`))
    const newComments = plan.comments
      .map((comment) => {
        const article = articles.get(comment.slug)!
        const date = (article.publishedAt ?? article.createdAt)
          .plus({ hours: comment.hoursAfter })
          .toJSDate()
        return {
          article_id: article.id,
          author_id: users.get(comment.author)!.id,
          body: comment.body,
          status: comment.hidden ? 'hidden' : 'visible',
          created_at: date,
          updated_at: date,
        }
      })
      .filter((row) => !seen.has(`${row.article_id}:${row.author_id}:${row.body}`))
    if (newComments.length) await client.insertQuery().table('comments').multiInsert(newComments)

    // The favorites trigger fires only for rows really inserted, so favorites_count stays right.
    await client
      .insertQuery()
      .table('favorites')
      .multiInsert(
        plan.favorites.map(([username, slug]) => ({
          user_id: users.get(username)!.id,
          article_id: articles.get(slug)!.id,
        }))
      )
      .onConflict(['user_id', 'article_id'])
      .ignore()

    await client
      .insertQuery()
      .table('follows')
      .multiInsert(
        plan.follows.map(([follower, followed]) => ({
          follower_id: users.get(follower)!.id,
          followed_id: users.get(followed)!.id,
        }))
      )
      .onConflict(['follower_id', 'followed_id'])
      .ignore()
  }
}

interface PlannedPerson {
  username: string
  email: string
  role: Role
  bio: string
  location: string
}

interface PlannedArticle {
  slug: string
  title: string
  description: string
  body: string
  tags: string[]
  author: string
  published: boolean
  hoursAgo: number
  views: number
}

interface PlannedComment {
  slug: string
  author: string
  body: string
  hidden: boolean
  hoursAfter: number
}

const PEOPLE: [string, Role][] = [
  ['admin', 'admin'],
  ['moderator', 'moderator'],
  ['alice', 'member'],
  ['bruno', 'member'],
  ['chloe', 'member'],
  ['dmitri', 'member'],
  ['esther', 'member'],
  ['farid', 'member'],
  ['grace', 'member'],
  ['hiro', 'member'],
  ['ines', 'member'],
  ['jonas', 'member'],
]

const CITIES = [
  'Lisbon',
  'Berlin',
  'Montreal',
  'Osaka',
  'Nairobi',
  'Melbourne',
  'Oslo',
  'Bogotá',
  'Edinburgh',
  'Pune',
]

const TOPICS = [
  {
    subject: 'PostgreSQL indexes',
    tags: ['postgresql', 'databases', 'performance'],
    lang: 'sql',
    code: 'CREATE INDEX CONCURRENTLY articles_published_idx\n  ON articles (published_at DESC)\n  WHERE published;',
    link: 'https://www.postgresql.org/docs/current/indexes.html',
  },
  {
    subject: 'TypeScript generics',
    tags: ['typescript', 'javascript'],
    lang: 'ts',
    code: 'function first<T>(items: T[]): T | undefined {\n  return items[0]\n}',
    link: 'https://www.typescriptlang.org/docs/handbook/2/generics.html',
  },
  {
    subject: 'server-rendered HTML',
    tags: ['web', 'html', 'architecture'],
    lang: 'html',
    code: '<form method="POST" action="/articles">\n  <button type="submit">Publish</button>\n</form>',
    link: 'https://developer.mozilla.org/en-US/docs/Learn/Forms',
  },
  {
    subject: 'CSS grid layouts',
    tags: ['css', 'web', 'design'],
    lang: 'css',
    code: '.layout {\n  display: grid;\n  grid-template-columns: minmax(0, 1fr) 18rem;\n  gap: 2rem;\n}',
    link: 'https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_grid_layout',
  },
  {
    subject: 'accessibility audits',
    tags: ['accessibility', 'web', 'design'],
    lang: 'html',
    code: '<nav aria-label="Pagination">\n  <a href="?page=2" aria-current="page">2</a>\n</nav>',
    link: 'https://www.w3.org/WAI/standards-guidelines/wcag/',
  },
  {
    subject: 'rate limiting',
    tags: ['security', 'architecture', 'performance'],
    lang: 'ts',
    code: "limiter.allowRequests(5).every('1 minute').blockFor('15 mins')",
    link: 'https://datatracker.ietf.org/doc/html/rfc6585#section-4',
  },
  {
    subject: 'full-text search',
    tags: ['postgresql', 'search', 'databases'],
    lang: 'sql',
    code: "SELECT title, ts_rank(search, q) AS rank\nFROM articles, websearch_to_tsquery('english', 'tea ceremony') q\nWHERE search @@ q\nORDER BY rank DESC;",
    link: 'https://www.postgresql.org/docs/current/textsearch.html',
  },
  {
    subject: 'Node.js streams',
    tags: ['node', 'javascript', 'performance'],
    lang: 'js',
    code: "import { pipeline } from 'node:stream/promises'\nawait pipeline(source, transform, destination)",
    link: 'https://nodejs.org/api/stream.html',
  },
  {
    subject: 'code review',
    tags: ['teams', 'career'],
    lang: 'diff',
    code: '- const total = items.length && items.reduce(sum)\n+ const total = items.reduce(sum, 0)',
    link: 'https://google.github.io/eng-practices/review/',
  },
  {
    subject: 'technical writing',
    tags: ['writing', 'career'],
    lang: 'md',
    code: '## Before you start\n\n1. Say who the page is for.\n2. Say what they can do after reading it.',
    link: 'https://developers.google.com/tech-writing',
  },
  {
    subject: 'remote work',
    tags: ['teams', 'productivity'],
    lang: 'text',
    code: 'Mon  09:30  async stand-up note\nWed  15:00  pairing hour\nFri  16:00  demo + retro',
    link: 'https://basecamp.com/guides/how-we-communicate',
  },
  {
    subject: 'sourdough baking',
    tags: ['cooking', 'hobbies'],
    lang: 'text',
    code: 'flour    500 g\nwater    375 g (75%)\nstarter  100 g\nsalt      10 g',
    link: 'https://en.wikipedia.org/wiki/Sourdough',
  },
  {
    subject: 'trail running',
    tags: ['running', 'health', 'hobbies'],
    lang: 'text',
    code: 'week 1: 3 x 30 min easy\nweek 2: 3 x 35 min, one with hills\nweek 3: long run 75 min',
    link: 'https://en.wikipedia.org/wiki/Trail_running',
  },
  {
    subject: 'home espresso',
    tags: ['coffee', 'hobbies'],
    lang: 'text',
    code: 'dose   18 g\nyield  36 g\ntime   28 s\ntemp   93 °C',
    link: 'https://en.wikipedia.org/wiki/Espresso',
  },
  {
    subject: 'urban gardening',
    tags: ['gardening', 'hobbies', 'sustainability'],
    lang: 'text',
    code: 'balcony: tomatoes, basil, chillies\nwindow:  mint, parsley\nshade:   lettuce, spinach',
    link: 'https://en.wikipedia.org/wiki/Urban_agriculture',
  },
  {
    subject: 'database migrations',
    tags: ['databases', 'architecture', 'postgresql'],
    lang: 'ts',
    code: "this.schema.alterTable('users', (table) => {\n  table.string('location').nullable()\n})",
    link: 'https://www.postgresql.org/docs/current/ddl-alter.html',
  },
]

const TITLES = [
  (subject: string) => `A practical guide to ${subject}`,
  (subject: string) => `What a year of ${subject} taught me`,
  (subject: string) => `${capitalize(subject)}: the parts nobody tells you about`,
  (subject: string) => `Five mistakes I made with ${subject}`,
]

const SECTION_HEADINGS = [
  'Why it matters',
  'Where I started',
  'What went wrong',
  'A better approach',
  'What I would do differently',
  'Further reading',
]

const QUOTES = [
  'Make it work, make it right, make it fast.',
  'Simplicity is prerequisite for reliability.',
  'The best time to write it down was when you learned it. The second best time is now.',
  'Premature optimization is the root of all evil.',
  'Slow is smooth, and smooth is fast.',
]

const COMMENT_OPENERS = [
  'Great write-up, thank you.',
  'This matches my experience almost exactly.',
  'I disagree with one point, but the rest is spot on.',
  'Bookmarked for the next time I forget this.',
  'Really clear explanation.',
  'We tried this at work last month.',
]

const SPAM = [
  'Buy cheap followers now!!! Visit my profile for the best deals',
  'Click here to win a free phone, limited offer, act fast',
]

function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function slugify(title: string) {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** The whole demo site as data, from a fixed seed: the same on every run. */
function demoPlan() {
  const faker = new Faker({ locale: [en, base] })
  faker.seed(20_251_121)

  const people: PlannedPerson[] = PEOPLE.map(([username, role]) => ({
    username,
    email: `${username}@folio.test`,
    role,
    bio: faker.person.bio(),
    location: faker.helpers.arrayElement(CITIES),
  }))
  const writers = PEOPLE.map(([username]) => username).filter((name) => name !== 'admin')

  const sentence = (subject: string) =>
    faker.helpers.arrayElement([
      `When I first looked at ${subject}, I assumed the defaults would carry me a long way.`,
      `It turns out that ${subject} rewards patience far more than cleverness.`,
      `Most of the advice about ${subject} is written for teams much bigger than ours.`,
      `The ${faker.word.adjective()} part is never the ${faker.word.noun()}; it is everything around it.`,
      `${faker.hacker.phrase()}`,
      `I kept a log for ${faker.number.int({ min: 3, max: 12 })} weeks, and the numbers surprised me.`,
      `Nobody on the team had written about ${subject} before, so here are my notes.`,
      `The short version: measure first, change one thing at a time, and write it down.`,
    ])
  const paragraph = (subject: string) =>
    Array.from({ length: faker.number.int({ min: 2, max: 4 }) }, () => sentence(subject)).join(' ')

  const articles: PlannedArticle[] = []
  TOPICS.forEach((topic, topicIndex) => {
    TITLES.forEach((makeTitle, variant) => {
      const index = topicIndex * TITLES.length + variant
      const title = makeTitle(topic.subject)
      const [first, second] = faker.helpers.arrayElements(SECTION_HEADINGS, 2)
      const list = Array.from(
        { length: faker.number.int({ min: 3, max: 5 }) },
        () =>
          `- ${capitalize(faker.hacker.verb())} the ${faker.hacker.noun()} before you ${faker.hacker.verb()} anything else`
      ).join('\n')
      const body = [
        paragraph(topic.subject),
        `## ${first}`,
        paragraph(topic.subject),
        list,
        '```' + topic.lang + '\n' + topic.code + '\n```',
        `> ${faker.helpers.arrayElement(QUOTES)}`,
        `## ${second}`,
        paragraph(topic.subject),
        `If you want to go deeper, [the reference documentation](${topic.link}) is the place to start.`,
      ].join('\n\n')
      articles.push({
        slug: slugify(title),
        title,
        description: `${paragraph(topic.subject).split('. ')[0].replace(/\.$/, '')}.`,
        body,
        tags: topic.tags,
        // Alice writes a few, including a draft, so her dashboard is never empty.
        author: index % 9 === 0 ? 'alice' : writers[index % writers.length],
        published: index % 16 !== 7 && index !== 9,
        hoursAgo:
          (TOPICS.length * TITLES.length - index) * 61 + faker.number.int({ min: 0, max: 40 }),
        views: faker.number.int({ min: 12, max: 4200 }),
      })
    })
  })

  const published = articles.filter((article) => article.published)
  const comments: PlannedComment[] = []
  for (const article of published) {
    for (let n = faker.number.int({ min: 0, max: 4 }); n > 0; n--) {
      comments.push({
        slug: article.slug,
        author: faker.helpers.arrayElement(writers.filter((name) => name !== article.author)),
        body: `${faker.helpers.arrayElement(COMMENT_OPENERS)} ${faker.hacker.phrase()}`,
        hidden: false,
        hoursAfter: faker.number.int({ min: 1, max: 72 }),
      })
    }
  }
  SPAM.forEach((body, index) => {
    comments.push({
      slug: published[index * 5].slug,
      author: 'jonas',
      body,
      hidden: true,
      hoursAfter: 2,
    })
  })

  const favorites: [string, string][] = []
  for (const person of people) {
    for (const article of faker.helpers.arrayElements(published, { min: 4, max: 14 })) {
      if (article.author !== person.username) favorites.push([person.username, article.slug])
    }
  }

  const follows: [string, string][] = [
    ['alice', 'bruno'],
    ['alice', 'chloe'],
    ['alice', 'grace'],
  ]
  for (const person of people.filter((p) => p.username !== 'alice')) {
    for (const followed of faker.helpers.arrayElements(writers, { min: 1, max: 4 })) {
      if (followed !== person.username) follows.push([person.username, followed])
    }
  }

  return { people, articles, comments, favorites, follows }
}
