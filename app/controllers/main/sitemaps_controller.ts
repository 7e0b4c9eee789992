import type { HttpContext } from '@adonisjs/core/http'
import { articleSitemapCount } from '#queries/sitemap'
import { sitemapIndex } from '#services/sitemap'

/**
 * The sitemap index: one sitemap for the site's pages (profiles, tags) and
 * one per 10,000 article ids, so no file passes the protocol's 50,000 URLs
 * however large the site grows.
 */
export default class SitemapsController {
  async index({ response }: HttpContext) {
    const parts = await articleSitemapCount()
    response.header('content-type', 'application/xml; charset=utf-8')
    return sitemapIndex(parts)
  }
}
