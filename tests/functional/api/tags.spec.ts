import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { articleBy } from '#tests/support/api'

test.group('API v1: tags', (group) => {
  isolateDatabase(group)

  test('lists the tags of published articles, most used first', async ({ client }) => {
    const author = await UserFactory.create()
    await articleBy(author, { tags: ['node', 'web'] })
    await articleBy(author, { tags: ['node'] })
    await articleBy(author, { tags: ['apple'] })
    await articleBy(author, { tags: ['secret'], published: false })

    const response = await client.get('/api/v1/tags')

    response.assertStatus(200)
    response.assertAgainstApiSpec()
    response.assertBody({ tags: ['node', 'apple', 'web'] })
  })

  test('is an empty list on an empty site', async ({ client }) => {
    const response = await client.get('/api/v1/tags')
    response.assertStatus(200)
    response.assertAgainstApiSpec()
    response.assertBody({ tags: [] })
  })
})
