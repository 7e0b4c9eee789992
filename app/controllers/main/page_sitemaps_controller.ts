import type { HttpContext } from '@adonisjs/core/http'
import { pagesSitemapChunks, sitemapStream } from '#services/sitemap'

/** The sitemap of the site's pages: home, about, authors' profiles, tags in use. */
export default class PageSitemapsController {
  async show({ response }: HttpContext) {
    const body = await sitemapStream(pagesSitemapChunks())
    response.header('content-type', 'application/xml; charset=utf-8')
    response.stream(body)
  }
}
