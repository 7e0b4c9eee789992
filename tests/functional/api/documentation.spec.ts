import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'

/** "articles/:slug/comments/:id" -> "/articles/{slug}/comments/{id}", as OpenAPI writes paths. */
function openApiPath(pattern: string) {
  return pattern.replace(/^\/api\/v1/, '').replace(/:(\w+)/g, '{$1}')
}

test.group('API v1: OpenAPI document and docs page', () => {
  test('serves the OpenAPI 3.1 document as JSON', async ({ client, assert }) => {
    const response = await client.get('/api/v1/openapi.json')

    // No assertAgainstApiSpec() here: the validator looks paths up with lodash.get, and the dot in
    // "openapi.json" breaks that lookup. The document is checked field by field instead.
    response.assertStatus(200)
    response.assertHeader('content-type', 'application/json; charset=utf-8')
    const document = response.body()
    assert.equal(document.openapi, '3.1.0')
    assert.deepEqual(document.servers, [{ url: '/api/v1', description: 'This server' }])
  })

  test('documents exactly the routes of the api.v1 group', async ({ client, assert }) => {
    const response = await client.get('/api/v1/openapi.json')
    const document = response.body()
    // The group's last route answers unknown paths with a 404: not an operation.
    const routes = Object.values(router.toJSON())
      .flat()
      .filter((route) => route.name?.startsWith('api.v1.') && route.name !== 'api.v1.not_found')
    const served = routes.flatMap((route) =>
      route.methods
        .filter((method) => method !== 'HEAD')
        .map((method) => `${method} ${openApiPath(route.pattern)}`)
    )
    const documented = Object.entries(
      document.paths as Record<string, Record<string, unknown>>
    ).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((key) => key !== 'parameters')
        .map((method) => `${method.toUpperCase()} ${path}`)
    )
    assert.sameMembers(documented, served)
  })

  test('every operation documents its errors in the shared error shape', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/v1/openapi.json')
    const document = response.body()
    for (const [path, operations] of Object.entries(
      document.paths as Record<string, Record<string, any>>
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        if (method === 'parameters') continue
        const secured = (operation.security ?? document.security).some(
          (requirement: object) => Object.keys(requirement).length > 0
        )
        if (secured) assert.property(operation.responses, '401', `${method} ${path} documents 401`)
        // Any path can arrive with percent-encoding that is not UTF-8.
        assert.property(operation.responses, '400', `${method} ${path} documents 400`)
        // Everything but the static document reads the database, which may be down or hung.
        if (path !== '/openapi.json') {
          assert.property(operation.responses, '503', `${method} ${path} documents 503`)
        }
        const query = (operation.parameters ?? [])
          .map((parameter: { $ref?: string }) =>
            parameter.$ref
              ? document.components.parameters[parameter.$ref.split('/').pop()!]
              : parameter
          )
          .filter((parameter: { in?: string }) => parameter.in === 'query')
        if (query.length > 0) {
          assert.property(operation.responses, '422', `${method} ${path} documents 422`)
        }
        if (operation.requestBody) {
          for (const status of ['400', '413', '422']) {
            assert.property(operation.responses, status, `${method} ${path} documents ${status}`)
          }
        }
      }
    }
  })

  test('the docs page is HTML that loads Swagger UI from this site, with no inline script', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/docs')

    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/html/)
    const html = response.text()
    assert.lengthOf(html.match(/<h1[\s>]/g) ?? [], 1)
    assert.include(html, 'src="/api/docs/assets/swagger-ui-bundle.js"')
    assert.include(html, 'href="/api/docs/assets/swagger-ui.css"')
    assert.include(html, 'src="/js/api-docs.js"')
    assert.include(html, 'data-spec-url="/api/v1/openapi.json"')
    assert.notMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/)
    assert.notMatch(html, /https?:\/\/(cdn|unpkg|cdnjs)/)

    const csp = response.header('content-security-policy') ?? ''
    assert.include(csp, "script-src 'self'")
    assert.notInclude(csp, 'unsafe-inline')
  })

  test('serves the Swagger UI assets with their types and caching; nothing else from the package', async ({
    client,
    assert,
  }) => {
    const script = await client.get('/api/docs/assets/swagger-ui-bundle.js')
    script.assertStatus(200)
    assert.match(script.header('content-type') ?? '', /javascript/)
    assert.include(script.header('cache-control') ?? '', 'max-age=')
    assert.exists(script.header('etag'))

    const style = await client.get('/api/docs/assets/swagger-ui.css')
    style.assertStatus(200)
    assert.match(style.header('content-type') ?? '', /^text\/css/)

    const revalidated = await client
      .get('/api/docs/assets/swagger-ui.css')
      .header('if-none-match', style.header('etag')!)
    revalidated.assertStatus(304)

    for (const file of [
      'package.json',
      'index.html',
      '..%2F..%2Fpackage.json',
      'swagger-initializer.js',
    ]) {
      const refused = await client.get(`/api/docs/assets/${file}`)
      refused.assertStatus(404)
    }

    const init = await client.get('/js/api-docs.js')
    init.assertStatus(200)
    assert.include(init.text(), 'SwaggerUIBundle')
  })
})
