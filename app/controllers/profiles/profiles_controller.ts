import type { HttpContext } from '@adonisjs/core/http'
import { renderProfilePage } from '#controllers/concerns/profile_page'

/** A member's public page: their articles (and their drafts, for them and moderators). */
export default class ProfilesController {
  async show(ctx: HttpContext) {
    return renderProfilePage(ctx, 'articles')
  }
}
