import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import { articleSitemapCount } from '#queries/sitemap'
import { articleSitemapChunks, sitemapStream } from '#services/sitemap'

/** One block of article ids' sitemap; `part` counts from 1 (the index lists them). */
export default class ArticleSitemapsController {
  async show({ params, response }: HttpContext) {
    const part = Number(params.part)
    if (!Number.isSafeInteger(part) || part < 1 || part > (await articleSitemapCount())) {
      throw new Exception('No such sitemap', { status: 404, code: 'E_SITEMAP_NOT_FOUND' })
    }
    const body = await sitemapStream(articleSitemapChunks(part))
    response.header('content-type', 'application/xml; charset=utf-8')
    response.stream(body)
  }
}
