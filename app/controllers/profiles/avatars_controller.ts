import type { HttpContext } from '@adonisjs/core/http'
import { renderDefaultAvatar } from '#services/avatars'

/** The generated picture of an account that has none. */
export default class AvatarsController {
  show({ params, response }: HttpContext) {
    const username = String(params.file).replace(/\.svg$/, '')
    response.header('Content-Type', 'image/svg+xml; charset=utf-8')
    // A pure function of the URL, but the drawing may improve: a day, not forever.
    response.header('Cache-Control', 'public, max-age=86400')
    response.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
    return renderDefaultAvatar(username)
  }
}
