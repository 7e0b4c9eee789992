import type { HttpContext } from '@adonisjs/core/http'
import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'

let cached: Promise<string> | undefined

/** The document as kept in the repository; read once per process in production. */
function readDocument() {
  const read = () => readFile(app.makePath('resources/openapi/openapi.json'), 'utf8')
  if (!app.inProduction) return read()
  cached ??= read().catch((error) => {
    cached = undefined
    throw error
  })
  return cached
}

/** The OpenAPI 3.1 description of this API (resources/openapi). */
export default class OpenapiDocumentsController {
  async show({ response }: HttpContext) {
    const document = await readDocument()
    response.header('Cache-Control', 'public, max-age=300')
    return response.send(document)
  }
}
