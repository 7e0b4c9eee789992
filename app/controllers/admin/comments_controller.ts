import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { COMMENT_STATUSES, type CommentStatus } from '#models/comment'
import { pageNumber } from '#services/page_number'
import { moderationQueue } from '#services/admin_queries'

/** The moderation queue: every comment, newest first, filterable by visibility. */
export default class CommentsController {
  async index({ request, view }: HttpContext) {
    const requested = request.input('status')
    const status = COMMENT_STATUSES.includes(requested) ? (requested as CommentStatus) : undefined
    const comments = await moderationQueue({ status, page: pageNumber(request.input('page')) })
    comments.baseUrl(urlFor('admin.comments.index')).queryString(status ? { status } : {})
    return view.render('pages/admin/comments/index', { comments, status })
  }
}
