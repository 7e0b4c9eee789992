import { Readable } from 'node:stream'
import type { HttpContext } from '@adonisjs/core/http'
import { appUrl } from '#config/app'
import { sitemapChunks } from '#services/sitemap'

/** /sitemap.xml: every public page search engines should know about, streamed. */
export default class SitemapsController {
  async show({ response }: HttpContext) {
    const chunks = sitemapChunks(appUrl)
    // Pull the first chunk here so a database outage becomes a regular 503, not a broken stream.
    const first = await chunks.next()
    const body = Readable.from(
      (async function* () {
        if (!first.done) yield first.value
        yield* chunks
      })()
    )
    response.header('content-type', 'application/xml; charset=utf-8')
    response.stream(body)
  }
}
