import type { HttpContext } from '@adonisjs/core/http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Exception } from '@adonisjs/core/exceptions'

/** The swagger-ui-dist files the docs page loads; nothing else in that folder is served. */
const ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js'])

/** swagger-ui-dist ships in node_modules in development and production alike. */
const distFolder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))

/** Swagger UI's own files, served locally (no CDN). */
export default class DocsAssetsController {
  async show({ params, response }: HttpContext) {
    if (!ASSETS.has(params.file)) {
      throw new Exception('Asset not found', { status: 404, code: 'E_NOT_FOUND' })
    }
    // The file only changes with the package version, but keep revalidation cheap rather than immutable.
    response.header('Cache-Control', 'public, max-age=86400')
    response.download(join(distFolder, params.file), true)
  }
}
