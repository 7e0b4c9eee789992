import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import Comment from '#models/comment'
import CreateComment from '#actions/comments/create_comment'
import DeleteComment from '#actions/comments/delete_comment'
import CommentTransformer from '#transformers/comment_transformer'
import { findArticleOrFail, optionalViewer } from '#services/api/lookups'
import { followedUserIds } from '#services/viewer_relations'
import { apiCreateCommentValidator, apiPageValidator, MAX_LIMIT } from '#validators/api'

/** /api/v1/articles/:slug/comments: reading, adding and removing comments. */
export default class CommentsController {
  /** Oldest first, like the article page. RealWorld clients expect every comment, hence the large default page. */
  async index(ctx: HttpContext) {
    const { limit, offset } = await ctx.request.validateUsing(apiPageValidator)
    const viewer = await optionalViewer(ctx)
    const article = await findArticleOrFail(ctx.params.slug, viewer)
    const comments = await Comment.query()
      .where('article_id', article.id)
      .withScopes((scopes) => {
        scopes.visibleTo(viewer)
        scopes.asThread()
      })
      .limit(limit ?? MAX_LIMIT)
      .offset(offset ?? 0)
    const authorIds = [...new Set(comments.map((comment) => comment.authorId))]
    const followed = await followedUserIds(viewer, authorIds)
    return {
      comments: comments.map((comment) =>
        CommentTransformer.comment(comment, followed.has(comment.authorId))
      ),
    }
  }

  async store({ params, request, response, auth }: HttpContext) {
    const author = auth.getUserOrFail()
    const article = await findArticleOrFail(params.slug, author)
    const { comment: input } = await request.validateUsing(apiCreateCommentValidator)
    const comment = await new CreateComment().handle(author, article, input.body)
    return response.created({ comment: CommentTransformer.comment(comment, false) })
  }

  async destroy({ params, response, auth, bouncer }: HttpContext) {
    const viewer = auth.getUserOrFail()
    const article = await findArticleOrFail(params.slug, viewer)
    const comment = await Comment.query()
      .where('article_id', article.id)
      .where('id', params.id)
      .withScopes((scopes) => scopes.visibleTo(viewer))
      .first()
    if (!comment) throw new Exception('Comment not found', { status: 404, code: 'E_NOT_FOUND' })
    await bouncer.with('CommentPolicy').authorize('delete', comment)
    await new DeleteComment().handle(comment)
    return response.noContent()
  }
}
