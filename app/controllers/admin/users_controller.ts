import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { ADMIN_PER_PAGE, searchUsers } from '#queries/admin'
import { paginate } from '#queries/shapes'
import { adminUsersValidator } from '#validators/admin'

/** Admins find accounts by name or e-mail. */
export default class UsersController {
  async index({ request, view }: HttpContext) {
    const { q, page } = await request.validateUsing(adminUsersValidator)
    const users = paginate(await searchUsers({ q, page }), page, ADMIN_PER_PAGE)
      .baseUrl(urlFor('admin.users.index'))
      .queryString(q ? { q } : {})
    return view.render('pages/admin/users/index', { users, q })
  }
}
