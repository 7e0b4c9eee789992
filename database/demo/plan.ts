import { Faker, base, en } from '@faker-js/faker'
import type { Role } from '#models/user'
import { slugify } from '#actions/articles/article_slug'
import {
  CITIES,
  COMMENT_OPENERS,
  PEOPLE,
  QUOTES,
  SECTION_HEADINGS,
  SPAM,
  TITLES,
  TOPICS,
  capitalize,
} from '#database/demo/data'

export interface PlannedPerson {
  username: string
  email: string
  role: Role
  bio: string
  location: string
}

export interface PlannedArticle {
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

export interface PlannedComment {
  slug: string
  author: string
  body: string
  hidden: boolean
  hoursAfter: number
}

/** The whole demo site as data, from a fixed seed: the same on every run. */
export function demoPlan() {
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
