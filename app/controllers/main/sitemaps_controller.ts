import { Readable } from 'node:stream'
import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import { appUrl } from '#config/app'
import { articleSitemapCount } from '#queries/sitemap'
import { articleSitemapChunks, pagesSitemapChunks, sitemapIndex } from '#services/sitemap'

const XML = 'application/xml; charset=utf-8'

/**
 * /sitemap.xml is an index: one sitemap for the site's pages (profiles,
 * tags) and one per 10,000 article ids, so no file passes the protocol's
 * 50,000 URLs however large the site grows.
 */
export default class SitemapsController {
  /** robots.txt: everything may be crawled; the sitemap's address must be absolute. */
  async robots({ response }: HttpContext) {
    response.header('content-type', 'text/plain; charset=utf-8')
    return `User-agent: *\nAllow: /\n\nSitemap: ${appUrl.replace(/\/+$/, '')}/sitemap.xml\n`
  }

  async index({ response }: HttpContext) {
    const parts = await articleSitemapCount()
    response.header('content-type', XML)
    return sitemapIndex(appUrl, parts)
  }

  async pages({ response }: HttpContext) {
    await streamXml(response, pagesSitemapChunks(appUrl))
  }

  async articles({ params, response }: HttpContext) {
    const part = Number(params.part)
    if (!Number.isSafeInteger(part) || part < 1 || part > (await articleSitemapCount())) {
      throw new Exception('No such sitemap', { status: 404, code: 'E_SITEMAP_NOT_FOUND' })
    }
    await streamXml(response, articleSitemapChunks(appUrl, part))
  }
}

async function streamXml(response: HttpContext['response'], chunks: AsyncGenerator<string>) {
  // Pull the first chunk here so a database outage becomes a regular 503, not a broken stream.
  const first = await chunks.next()
  const body = Readable.from(
    (async function* () {
      if (!first.done) yield first.value
      yield* chunks
    })()
  )
  response.header('content-type', XML)
  response.stream(body)
}
