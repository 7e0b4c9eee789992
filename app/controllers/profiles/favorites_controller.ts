import type { HttpContext } from '@adonisjs/core/http'
import { renderProfilePage } from '#controllers/concerns/profile_page'

/** The "Favorites" tab of a profile: the published articles this member liked, most recent first. */
export default class FavoritesController {
  async index(ctx: HttpContext) {
    return renderProfilePage(ctx, 'favorites')
  }
}
