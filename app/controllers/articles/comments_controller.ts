import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import type Article from '#models/article'
import CreateComment from '#actions/comments/create_comment'
import DeleteComment from '#actions/comments/delete_comment'
import { findArticleModel } from '#queries/articles'
import { findCommentModel } from '#queries/comments'
import { createCommentValidator } from '#validators/comment'

/** Comments under an article: signed-in readers add them; authors and moderators remove them. */
export default class CommentsController {
  async store({ params, request, auth, session, response }: HttpContext) {
    const { body, parentId } = await request.validateUsing(createCommentValidator)
    const article = { slug: String(params.slug) }
    const comment = await new CreateComment().handle(auth.getUserOrFail(), article, body, {
      parentId,
    })
    session.flash('success', parentId ? 'Your reply is posted.' : 'Your comment is posted.')
    return response.redirect(`${this.articleUrl(article)}#comment-${comment.id}`)
  }

  async destroy({ params, bouncer, session, response, viewer }: HttpContext) {
    const article = await findArticleModel(params.slug, viewer)
    const comment = await findCommentModel(article.id, params.id, viewer)
    await bouncer.with('CommentPolicy').authorize('delete', comment)
    await new DeleteComment().handle(comment)
    session.flash('success', 'The comment has been deleted.')
    return response.redirect(`${this.articleUrl(article)}#comments`)
  }

  private articleUrl(article: Pick<Article, 'slug'>) {
    return urlFor('articles.show', { slug: article.slug })
  }
}
