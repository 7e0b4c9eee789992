import type { HttpContext } from '@adonisjs/core/http'
import { appUrl } from '#config/app'

/** robots.txt: everything may be crawled; the sitemap's address must be absolute. */
export default class RobotsController {
  async show({ response }: HttpContext) {
    response.header('content-type', 'text/plain; charset=utf-8')
    return `User-agent: *\nAllow: /\n\nSitemap: ${appUrl.replace(/\/+$/, '')}/sitemap.xml\n`
  }
}
