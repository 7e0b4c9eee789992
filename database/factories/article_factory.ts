import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import Article from '#models/article'
import Comment from '#models/comment'
import Tag from '#models/tag'
import { UserFactory } from '#database/factories/user_factory'

export const TagFactory = factory
  .define(Tag, ({ faker }) => ({
    name: `${faker.word.noun().toLowerCase()}-${faker.string.alphanumeric(5).toLowerCase()}`,
  }))
  .build()

export const ArticleFactory = factory
  .define(Article, ({ faker }) => {
    const title = faker.lorem.sentence({ min: 3, max: 8 }).replace(/\.$/, '')
    return {
      title,
      slug: `${title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}-${faker.string.alphanumeric(6).toLowerCase()}`,
      description: faker.lorem.sentence(),
      body: `## ${faker.lorem.words(3)}\n\n${faker.lorem.paragraphs(3, '\n\n')}`,
      published: true,
      publishedAt: DateTime.now(),
      views: 0,
    }
  })
  .state('draft', (article) => {
    article.published = false
    article.publishedAt = null
  })
  .relation('author', () => UserFactory)
  .relation('tags', () => TagFactory)
  .relation('comments', () => CommentFactory)
  .build()

export const CommentFactory = factory
  .define(Comment, ({ faker }) => ({ body: faker.lorem.sentences(2), status: 'visible' as const }))
  .state('hidden', (comment) => (comment.status = 'hidden'))
  .relation('author', () => UserFactory)
  .relation('article', () => ArticleFactory)
  .build()
