import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { ADMIN_PER_PAGE, moderationQueue } from '#queries/admin'
import { paginate } from '#queries/shapes'
import { adminCommentsValidator } from '#validators/admin'

/** The moderation queue: every comment, newest first, filterable by visibility. */
export default class CommentsController {
  async index({ request, view }: HttpContext) {
    const { status, page } = await request.validateUsing(adminCommentsValidator)
    const comments = paginate(await moderationQueue({ status, page }), page, ADMIN_PER_PAGE)
      .baseUrl(urlFor('admin.comments.index'))
      .queryString(status ? { status } : {})
    return view.render('pages/admin/comments/index', { comments, status })
  }
}
