import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { moderationQueue } from '#queries/admin'
import { adminCommentsValidator } from '#validators/admin'
import { adminListPage } from '#controllers/concerns/list_pages'

/** The moderation queue: every comment, newest first, filterable by visibility. */
export default class CommentsController {
  async index({ request, view }: HttpContext) {
    const query = await request.validateUsing(adminCommentsValidator)
    const comments = await adminListPage(moderationQueue, query, urlFor('admin.comments.index'))
    return view.render('pages/admin/comments/index', { comments, status: query.status })
  }
}
