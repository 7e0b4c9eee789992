import type { HttpContext } from '@adonisjs/core/http'
import CreateComment from '#actions/comments/create_comment'
import DeleteComment from '#actions/comments/delete_comment'
import { findArticleModel } from '#queries/articles'
import { findCommentModel, listPublishedComments } from '#queries/comments'
import CommentTransformer from '#transformers/comment_transformer'
import {
  apiCreateCommentValidator,
  apiPageValidator,
  MAX_LIMIT,
  pageWindowOf,
} from '#validators/api'

/** An article's comments: reading, adding and removing them. */
export default class CommentsController {
  /** Oldest first, like the article page. RealWorld clients expect every comment, hence the large default page. */
  async index({ params, request, viewer }: HttpContext) {
    const page = await request.validateUsing(apiPageValidator)
    const comments = await listPublishedComments(params.slug, viewer, pageWindowOf(page, MAX_LIMIT))
    return CommentTransformer.list(comments)
  }

  async store({ params, request, response, auth }: HttpContext) {
    const author = auth.getUserOrFail()
    const { comment: input } = await request.validateUsing(apiCreateCommentValidator)
    const comment = await new CreateComment().handle(author, { slug: params.slug }, input.body, {
      parentId: input.parentId,
    })
    return response.created(CommentTransformer.one(comment))
  }

  async destroy({ params, response, auth, bouncer }: HttpContext) {
    const viewer = auth.getUserOrFail()
    const article = await findArticleModel(params.slug, viewer)
    const comment = await findCommentModel(article.id, Number(params.id), viewer)
    await bouncer.with('CommentPolicy').authorize('delete', comment)
    await new DeleteComment().handle(comment)
    return response.noContent()
  }
}
