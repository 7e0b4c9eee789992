import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/helpers'
import { openapiDocument, resolve, type Schema } from '#tests/support/openapi_arbitraries'
import { articleBy, signedInMember } from './helpers.js'

const schemas = openapiDocument.components.schemas as Record<
  string,
  { properties: Record<string, Schema> }
>
const articleListParameter = (name: string) =>
  openapiDocument.paths['/articles'].get.parameters
    .map((parameter: Schema) => resolve(parameter))
    .find((parameter: { name: string }) => parameter.name === name)

test.group('API v1: the OpenAPI document and the validators agree', (group) => {
  isolateDatabase(group)

  test('the document states every limit the server enforces', ({ assert }) => {
    for (const name of ['tag', 'author', 'favorited']) {
      assert.equal(articleListParameter(name).schema.maxLength, 100, name)
    }
    const update = schemas.UpdateUser.properties
    const stringOption = (schema: Schema) =>
      schema.anyOf!.find((option) => option.type === 'string' && option.maxLength)!.maxLength
    assert.equal(stringOption(update.location), 120)
    assert.equal(stringOption(update.bio), 2000)
    assert.equal(stringOption(update.image), 2048)
    assert.equal(schemas.NewComment.properties.body.maxLength, 5000)
    assert.equal(schemas.NewArticle.properties.tagList.items!.minLength, 1)
  })

  test('lengths are counted in characters: 255 emoji make a valid title, 256 do not', async ({
    client,
    assert,
  }) => {
    const { authorization } = await signedInMember()
    const create = (title: string) =>
      client
        .post('/api/v1/articles')
        .header('authorization', authorization)
        .json({
          article: { title, description: '🙂'.repeat(1000), body: 'b', tagList: ['🙂'.repeat(40)] },
        })

    const accepted = await create('🙂'.repeat(255))
    accepted.assertStatus(201)
    accepted.assertAgainstApiSpec()
    assert.equal(accepted.body().article.title, '🙂'.repeat(255))
    assert.deepEqual(accepted.body().article.tagList, ['🙂'.repeat(40)])

    const refused = await create('🙂'.repeat(256))
    refused.assertStatus(422)
    assert.deepEqual(refused.body().errors, { title: ['must not be greater than 255 characters'] })
  })

  test('an empty tag is refused with a message that names the tag list', async ({ client }) => {
    const { authorization } = await signedInMember()
    const response = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({ article: { title: 't', description: 'd', body: 'b', tagList: ['ok', '', '  '] } })

    response.assertStatus(422)
    response.assertAgainstApiSpec()
    response.assertBody({ errors: { tagList: ['must not be blank'] } })
  })

  test('limit={$self} is not an integer, as the document says: 422')
    .with(['1e2', '0x10', '1.0', ' 5', '+5', ''])
    .run(async ({ client, assert }, value) => {
      const response = await client.get(`/api/v1/articles?limit=${encodeURIComponent(value)}`)
      response.assertStatus(422)
      response.assertAgainstApiSpec()
      assert.deepEqual(response.body().errors, { limit: ['must be an integer'] })
    })

  test('a list where the document says integer (limit[]=1, offset[]=0) is a 422', async ({
    client,
    assert,
  }) => {
    const list = await client.get('/api/v1/articles?limit[]=1')
    list.assertStatus(422)
    assert.deepEqual(list.body().errors, { limit: ['must be an integer'] })
    const feed = await client.get('/api/v1/articles?offset[]=0')
    feed.assertStatus(422)
    // Plain digits keep working.
    await articleBy(await UserFactory.create())
    const plain = await client.get('/api/v1/articles?limit=1&offset=0')
    plain.assertStatus(200)
    assert.lengthOf(plain.body().articles, 1)
  })
})

test.group('API v1: error messages read right in RealWorld clients', (group) => {
  isolateDatabase(group)

  test('under /api a message leaves its field out ("username has already been taken")', async ({
    client,
  }) => {
    const taken = await UserFactory.create()
    const response = await client.post('/api/v1/users').json({
      user: { username: taken.username, email: 'Not An Email', password: 'short' },
    })

    response.assertStatus(422)
    response.assertAgainstApiSpec()
    response.assertBody({
      errors: {
        username: ['has already been taken'],
        email: ['must be a valid email address'],
        password: ['must have at least 8 characters'],
      },
    })
  })

  test('missing wrappers and wrong types read as "<field> <message>" too', async ({ client }) => {
    const { authorization } = await signedInMember()
    const missing = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({})
    missing.assertBody({ errors: { article: ['must be defined'] } })

    const wrongType = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .json({ article: { title: 't', description: 'd', body: 'b', published: 'yes' } })
    wrongType.assertBody({ errors: { published: ['must be a boolean'] } })
  })

  test('the site keeps its full sentences', async ({ client, assert }) => {
    const taken = await UserFactory.create()
    const response = await client
      .post('/auth/register')
      .form({
        username: taken.username,
        email: 'someone@example.com',
        password: 'long enough password',
        password_confirmation: 'long enough password',
      })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    const errors = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.deepEqual(errors.username, ['The username has already been taken'])
  })
})
