import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/support/database'
import { startAppProcess, type AppProcess } from '#tests/support/app_process'
import { signedInMember } from '#tests/support/api'

const JSON_TYPE = 'application/json; charset=utf-8'

/** `{"a": {"a": ... 1 ... }}`, `depth` objects deep. */
const nestedJson = (depth: number) => '{"a": '.repeat(depth) + '1' + '}'.repeat(depth)

test.group('Deeply nested JSON (issue 11, item 7)', (group) => {
  isolateDatabase(group)

  test('100,000 levels of nesting is a 400 that says why, not "Maximum call stack size exceeded"', async ({
    client,
    assert,
  }) => {
    const { authorization } = await signedInMember()
    for (const body of [
      nestedJson(100_000),
      '['.repeat(100_000) + ']'.repeat(100_000),
      // A "constructor" key makes the parser scan the whole tree for prototype poisoning.
      '{"constructor": ' + nestedJson(100_000) + '}',
    ]) {
      const response = await client
        .post('/api/v1/articles')
        .header('authorization', authorization)
        .unsafeJson(body)

      response.assertStatus(400)
      response.assertAgainstApiSpec()
      assert.deepEqual(response.body(), {
        errors: { body: ['The request body nests deeper than 32 levels'] },
      })
    }
  })

  test('the limit sits just above any real payload: 32 levels pass the parser, 33 do not', async ({
    client,
    assert,
  }) => {
    const { authorization } = await signedInMember()
    const atLimit = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .unsafeJson(nestedJson(32))
    // Read, then refused by the validator for what it lacks.
    atLimit.assertStatus(422)

    const overLimit = await client
      .post('/api/v1/articles')
      .header('authorization', authorization)
      .unsafeJson(nestedJson(33))
    overLimit.assertStatus(400)
    assert.equal(overLimit.header('content-type'), JSON_TYPE)
  })
})

test.group('Malformed percent-encoding in the path (issue 11, item 8)', () => {
  test('under /api the refusal is a JSON 400 in the API’s error shape, with a request id', async ({
    assert,
  }) => {
    for (const path of ['/api/v1/articles/%FF', '/api/v1/profiles/%C0%AF', '/api/v1/%E0%A4%A']) {
      const response = await fetch(`http://${process.env.HOST}:${process.env.PORT}${path}`)
      assert.equal(response.status, 400, path)
      assert.equal(response.headers.get('content-type'), JSON_TYPE, path)
      assert.match(response.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/, path)
      assert.deepEqual(await response.json(), {
        errors: { body: ['The address is malformed: its percent-encoding is not valid UTF-8'] },
      })
    }
  })

  test('on the site it is the styled 400 page, with a request id', async ({ assert }) => {
    const response = await fetch(`http://${process.env.HOST}:${process.env.PORT}/articles/%FF`, {
      headers: { accept: 'text/html' },
    })
    assert.equal(response.status, 400)
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/)
    assert.match(response.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/)
    const html = await response.text()
    assert.include(html, 'Request not understood')
    assert.include(html, '<link rel="stylesheet" href="/css/app.css">')
  })

  test('the refusal is logged with its request id like any other request', async ({ assert }) => {
    const app = await startAppProcess({ LOG_LEVEL: 'info' })
    try {
      const response = await fetch(`${app.url}/api/v1/articles/%FF`)
      assert.equal(response.status, 400)
      const requestId = response.headers.get('x-request-id')
      const line = await logLineOf(app, requestId!)
      assert.isDefined(line, app.output())
      assert.include(line!, '"status":400')
      assert.include(line!, 'request completed')
    } finally {
      await app.stop()
    }
  }).timeout(60_000)
})

/** The app process's log line for one request (written as the answer finishes: wait a moment). */
async function logLineOf(app: AppProcess, requestId: string) {
  await new Promise((resolve) => setTimeout(resolve, 300))
  return app
    .output()
    .split('\n')
    .find((entry) => entry.includes(`"request_id":"${requestId}"`))
}

/** Sends `raw` bytes on a fresh connection and reads the whole answer (the server closes it). */
async function sendRaw(url: string, raw: string) {
  const { connect } = await import('node:net')
  const { hostname, port } = new URL(url)
  return new Promise<string>((resolve, reject) => {
    let answer = ''
    const socket = connect(Number(port), hostname, () => socket.write(raw))
    socket.setEncoding('latin1')
    socket.on('data', (chunk) => (answer += chunk))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })
}

test.group('Requests the HTTP parser refuses (issue 11, item 8)', () => {
  test('get the site error shape, a request id and a log line instead of a bare 400', async ({
    assert,
  }) => {
    const app = await startAppProcess({ LOG_LEVEL: 'info' })
    try {
      const api = await sendRaw(
        app.url,
        'GET /api/v1/tags HTTP/1.1\r\nHost: folio\r\nBroken header line\r\n\r\n'
      )
      const [head, body] = api.split('\r\n\r\n')
      assert.match(head, /^HTTP\/1\.1 400 Bad Request/)
      assert.include(head, 'Content-Type: application/json; charset=utf-8')
      assert.deepEqual(JSON.parse(body), { errors: { request: ['The request is malformed'] } })
      const requestId = /X-Request-Id: ([0-9a-f-]{36})/.exec(head)?.[1]
      assert.isDefined(requestId, head)

      const page = await sendRaw(app.url, 'GET /about HTTP/1.1\r\nHost: folio\r\nBroken\r\n\r\n')
      assert.match(page, /^HTTP\/1\.1 400 Bad Request/)
      assert.include(page, 'Content-Type: text/html; charset=utf-8')
      assert.include(page, 'Request not understood')

      const line = await logLineOf(app, requestId!)
      assert.isDefined(line, app.output())
      assert.include(line!, '"status":400')
      assert.include(line!, 'request refused')
    } finally {
      await app.stop()
    }
  }).timeout(60_000)
})
