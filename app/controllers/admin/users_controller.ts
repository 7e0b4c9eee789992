import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { searchUsers } from '#queries/admin'
import { adminUsersValidator } from '#validators/admin'
import { adminListPage } from '#controllers/concerns/list_pages'

/** Admins find accounts by name or e-mail. */
export default class UsersController {
  async index({ request, view }: HttpContext) {
    const query = await request.validateUsing(adminUsersValidator)
    const users = await adminListPage(searchUsers, query, urlFor('admin.users.index'))
    return view.render('pages/admin/users/index', { users, q: query.q })
  }
}
