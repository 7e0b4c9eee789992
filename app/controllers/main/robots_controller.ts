import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { absoluteUrl } from '#services/images'

/** robots.txt: everything may be crawled; the sitemap's address must be absolute. */
export default class RobotsController {
  async show({ response }: HttpContext) {
    response.header('content-type', 'text/plain; charset=utf-8')
    return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(urlFor('main.sitemap'))}\n`
  }
}
