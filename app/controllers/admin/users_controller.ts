import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { pageNumber } from '#services/page_number'
import { searchUsers } from '#services/admin_queries'

/** Admins find accounts by name or e-mail. */
export default class UsersController {
  async index({ request, view }: HttpContext) {
    const q = String(request.input('q', '')).trim().slice(0, 100)
    const users = await searchUsers({ q, page: pageNumber(request.input('page')) })
    users.baseUrl(urlFor('admin.users.index')).queryString(q ? { q } : {})
    return view.render('pages/admin/users/index', { users, q })
  }
}
