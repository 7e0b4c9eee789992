import { test } from '@japa/runner'
import {
  type AppProcess,
  StallingProxy,
  eventually,
  registerThroughApi,
  startAppOn,
  startOwnDatabase,
} from '#tests/support/app_process'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import { urlFor } from '#tests/support/routes'

interface Timed {
  name: string
  status: number | 'no answer'
  seconds: number
}

/** A request with a stopwatch; no answer within 20 s counts as a hang. */
async function timed(name: string, url: string, init: RequestInit = {}): Promise<Timed> {
  const started = performance.now()
  const status = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) }).then(
    async (response) => {
      await response.arrayBuffer()
      return response.status
    },
    () => 'no answer' as const
  )
  return { name, status, seconds: (performance.now() - started) / 1000 }
}

test.group('Reliability: the database hangs (connections open, no answer)', (group) => {
  let cluster: DisposableCluster
  let proxy: StallingProxy
  let app: AppProcess
  let token: string
  let slug: string

  group.setup(async () => {
    cluster = await startOwnDatabase('hang')
    proxy = await new StallingProxy(cluster.env.DB_HOST, Number(cluster.env.DB_PORT)).listen()
    app = await startAppOn(cluster, { ...proxy.env(cluster), RATE_LIMITS: 'off' })
    ;({ token } = await registerThroughApi(app.url, 'hang_writer'))
    const created = await fetch(`${app.url}/api/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Token ${token}` },
      body: JSON.stringify({ article: { title: 'Before', description: 'D', body: 'B' } }),
    })
    slug = ((await created.json()) as { article: { slug: string } }).article.slug
    return async () => {
      await app.stop()
      await proxy.close()
      await cluster.destroy()
    }
  })
  group.each.timeout(120_000)

  test('/health/ready answers 503 within 2 s and every request 503 within 10 s', async ({
    assert,
  }) => {
    // Open several pooled connections, idle when the database stops answering.
    const warm = await Promise.all(
      Array.from({ length: 8 }, () => timed('warm', `${app.url}/api/v1/articles`))
    )
    assert.deepEqual(new Set(warm.map(({ status }) => status)), new Set([200]))

    proxy.stall()
    const requests: [string, string, RequestInit?][] = [
      ['home page', urlFor('main.home')],
      ['article page', urlFor('articles.show', { slug })],
      ['search page', `${urlFor('main.search')}?q=before`],
      ['API article', `/api/v1/articles/${slug}`],
      [
        'API feed (token)',
        '/api/v1/articles/feed',
        { headers: { authorization: `Token ${token}` } },
      ],
      [
        'API create (token)',
        '/api/v1/articles',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'authorization': `Token ${token}` },
          body: JSON.stringify({ article: { title: 'During', description: 'D', body: 'B' } }),
        },
      ],
      [
        'API login',
        '/api/v1/users/login',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            user: { email: 'hang_writer@example.com', password: 'correct-horse-battery' },
          }),
        },
      ],
    ]
    // More requests than pooled connections: some take an idle connection,
    // some wait for one, some open a new one.
    const [ready, ...answers] = await Promise.all([
      timed('/health/ready', `${app.url}/health/ready`),
      ...[0, 1].flatMap(() =>
        requests.map(([name, path, init]) => timed(name, `${app.url}${path}`, init))
      ),
    ])

    assert.equal(ready.status, 503, '/health/ready says not ready')
    // Its own 2 s, plus the way back on a busy machine.
    assert.isAtMost(ready.seconds, 3, '/health/ready answers within its own 2 s')
    const late = answers.filter(({ status, seconds }) => status !== 503 || seconds > 10)
    assert.deepEqual(late, [], 'every request answers 503 within 10 s')

    const live = await timed('/health/live', `${app.url}/health/live`)
    assert.equal(live.status, 200, 'the process itself stays up')
  })

  test('everything works again once the database answers, without a restart', async ({
    assert,
  }) => {
    proxy.resume()
    await eventually(
      async () => (await fetch(`${app.url}/health/ready`)).status === 200,
      30_000,
      'ready is 200 again'
    )
    // Every pooled connection is usable: as many requests as the pool holds, twice.
    for (let round = 0; round < 2; round++) {
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => timed('list', `${app.url}/api/v1/articles`))
      )
      assert.deepEqual(new Set(answers.map(({ status }) => status)), new Set([200]))
    }
    const created = await fetch(`${app.url}/api/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Token ${token}` },
      body: JSON.stringify({ article: { title: 'After', description: 'D', body: 'B' } }),
    })
    assert.equal(created.status, 201)
    const titles = (
      (await (await fetch(`${app.url}/api/v1/articles`)).json()) as {
        articles: { title: string }[]
      }
    ).articles.map(({ title }) => title)
    assert.include(titles, 'After')
    assert.notInclude(titles, 'During', 'the write refused during the hang left nothing behind')
  })
})
