import { test } from '@japa/runner'
import fc from 'fast-check'
import limiter from '@adonisjs/limiter/services/main'
import type { ApiClient, ApiRequest } from '@japa/api-client'
import { isolateDatabase } from '#tests/helpers'
import { UserFactory } from '#database/factories/user_factory'
import Article from '#models/article'
import Comment from '#models/comment'
import type User from '#models/user'
import { CommentFactory } from '#database/factories/article_factory'
import {
  anything,
  operations,
  queryValue,
  valid,
  type Operation,
  type Parameter,
} from '#tests/support/openapi_arbitraries'
import { withFakeOpenMeteo } from '#tests/support/fake_open_meteo'
import { articleBy, tokenHeader } from './helpers.js'

/*
|--------------------------------------------------------------------------
| Property-based checks of the API against its OpenAPI document
|--------------------------------------------------------------------------
|
| Requests are generated from resources/openapi/openapi.json. Bounded: a
| fixed number of runs from a seed that fast-check prints on failure (with
| the shrunk request); FC_SEED=<seed> replays a failure.
|
*/

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31

interface World {
  author: User
  article: Article
  commentId: number
}

async function createWorld(): Promise<World> {
  const author = await UserFactory.create()
  const article = await articleBy(author, { tags: ['prop'] })
  const comment = await CommentFactory.merge({
    articleId: article.id,
    authorId: author.id,
  }).create()
  return { author, article, commentId: comment.id }
}

/** Puts back what earlier runs deleted (the article, the comment) and reads renames. */
async function refreshWorld(world: World) {
  await world.author.refresh()
  world.article = (await Article.find(world.article.id)) ?? (await articleBy(world.author))
  if (!(await Comment.find(world.commentId))) {
    const comment = await CommentFactory.merge({
      articleId: world.article.id,
      authorId: world.author.id,
    }).create()
    world.commentId = comment.id
  }
}

/** Stands for the world's own value of a path parameter, read when the request is sent. */
const KNOWN = 'known'

/** A path parameter: the world's own value most of the time, else whatever the schema allows. */
function pathValue(parameter: Parameter, onlyValid: boolean): fc.Arbitrary<unknown> {
  const own = fc.constant(KNOWN)
  if (onlyValid) return own
  return fc.oneof({ weight: 3, arbitrary: own }, { weight: 1, arbitrary: valid(parameter.schema) })
}

interface GeneratedRequest {
  operation: Operation
  path: unknown[]
  query: (string | undefined)[]
  body?: unknown
  auth: 'token' | 'none' | 'garbage'
  /** A request meant to be valid: its data-dependent fields are filled when it is sent. */
  live: boolean
}

/**
 * Fields whose validity the document cannot state, because it depends on
 * the data and the clock: the comment a reply answers must exist under the
 * article, and a publication time must lie ahead. A valid write answers the
 * world's own comment and schedules a day from now.
 */
function withLiveValues(body: unknown, world: World): unknown {
  if (!body || typeof body !== 'object') return body
  const { comment, article } = body as { comment?: any; article?: any }
  if (comment && comment.parentId !== undefined && comment.parentId !== null) {
    comment.parentId = world.commentId
  }
  if (article && typeof article.publishAt === 'string') {
    article.publishAt = new Date(Date.now() + 86_400_000).toISOString()
  }
  return body
}

function requestFor(operation: Operation, { onlyValid }: { onlyValid: boolean }) {
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query')
  const auth = onlyValid
    ? fc.constant('token' as const)
    : fc.constantFrom('token' as const, 'token' as const, 'none' as const, 'garbage' as const)
  return fc.record({
    operation: fc.constant(operation),
    path: fc.tuple(
      ...operation.parameters
        .filter((parameter) => parameter.in === 'path')
        .map((parameter) => pathValue(parameter, onlyValid))
    ),
    query: fc.tuple(
      ...queryParameters.map((parameter) =>
        fc.option(queryValue(parameter.schema, onlyValid), { nil: undefined })
      )
    ),
    body: operation.body ? (onlyValid ? valid : anything)(operation.body) : fc.constant(undefined),
    auth,
    live: fc.constant(onlyValid),
  }) as fc.Arbitrary<GeneratedRequest>
}

/** The request's URL, its known path parameters filled from the world as it is now. */
function urlOf(request: GeneratedRequest, world: World) {
  const known: Record<string, string | number> = {
    slug: world.article.slug,
    username: world.author.username,
    id: world.commentId,
    location: 'Lisbon',
  }
  const parameters = request.operation.parameters
  let url = `/api/v1${request.operation.path}`
  parameters
    .filter((parameter) => parameter.in === 'path')
    .forEach((parameter, index) => {
      const value = request.path[index] === KNOWN ? known[parameter.name] : request.path[index]
      url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)))
    })
  const search = parameters
    .filter((parameter) => parameter.in === 'query')
    .flatMap((parameter, index) => {
      const value = request.query[index]
      return value === undefined ? [] : [`${parameter.name}=${encodeURIComponent(value)}`]
    })
    .join('&')
  return search ? `${url}?${search}` : url
}

async function send(client: ApiClient, request: GeneratedRequest, world: World, token: string) {
  const method = request.operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'
  const url = urlOf(request, world)
  let pending: ApiRequest = client[method](url)
  if (request.auth === 'token') pending = pending.header('authorization', token)
  if (request.auth === 'garbage') pending = pending.header('authorization', 'Token not-a-token')
  if (request.live) request.body = withLiveValues(request.body, world)
  if (request.body !== undefined) pending = pending.json(request.body as object)
  const response = await pending
  const body = request.body === undefined ? '' : ` ${JSON.stringify(request.body).slice(0, 400)}`
  const account = `${request.operation.method} ${url} (${request.auth})${body} → ${response.status()} ${response.text().slice(0, 400)}`
  return { response, account }
}

test.group('API v1: generated requests against the OpenAPI document', (group) => {
  isolateDatabase(group)
  // The weather endpoint's provider, so that a 503 would be a real fault.
  withFakeOpenMeteo(group)

  test('any request, valid or not, gets an answer the document describes and never a 5xx', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    // The document itself is served as-is (the assertion library cannot match its path).
    const documented = operations().filter((operation) => operation.path !== '/openapi.json')
    const arbitrary = fc.oneof(
      ...documented.map((operation) => requestFor(operation, { onlyValid: false }))
    )

    await fc.assert(
      fc.asyncProperty(arbitrary, async (request) => {
        await limiter.clear()
        await refreshWorld(world)
        const token = await tokenHeader(world.author)
        const { response, account } = await send(client, request, world, token)
        assert.isBelow(response.status(), 500, account)
        try {
          response.assertAgainstApiSpec()
        } catch (error) {
          throw new Error(`${account}: ${(error as Error).message}`)
        }
      }),
      { numRuns: 120, seed: SEED }
    )
  }).timeout(120_000)

  test('a write the document says is valid is accepted, not refused with 422', async ({
    client,
    assert,
  }) => {
    const world = await createWorld()
    const writes = operations().filter((operation) =>
      [
        'POST /articles',
        'PUT /articles/{slug}',
        'POST /articles/{slug}/comments',
        'PUT /user',
        'POST /users',
      ].includes(`${operation.method} ${operation.path}`)
    )
    assert.lengthOf(writes, 5)

    const arbitrary = fc.oneof(
      ...writes.map((operation) => requestFor(operation, { onlyValid: true }))
    )

    await fc.assert(
      fc.asyncProperty(arbitrary, async (request) => {
        await limiter.clear()
        await refreshWorld(world)
        const token = await tokenHeader(world.author)
        const { response, account } = await send(client, request, world, token)
        // Another run may have taken the generated username or e-mail first.
        const messages =
          response.status() === 422 ? Object.values(response.body().errors).flat() : []
        if (
          messages.length > 0 &&
          messages.every((message) => message === 'has already been taken')
        ) {
          return
        }
        assert.isBelow(response.status(), 300, account)
        response.assertAgainstApiSpec()
      }),
      { numRuns: 30, seed: SEED }
    )
  }).timeout(120_000)
})
