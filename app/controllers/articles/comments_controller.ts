import type { HttpContext } from '@adonisjs/core/http'
import Article from '#models/article'
import Comment from '#models/comment'
import CreateComment from '#actions/comments/create_comment'
import DeleteComment from '#actions/comments/delete_comment'
import { createCommentValidator } from '#validators/comment'

/** Comments under an article: signed-in readers add them; authors and moderators remove them. */
export default class CommentsController {
  async store({ params, request, auth, session, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const article = await this.findVisibleArticle(params.slug, auth)
    const { body } = await request.validateUsing(createCommentValidator)
    const comment = await new CreateComment().handle(user, article, body)
    session.flash('success', 'Your comment is posted.')
    return response.redirect(`${this.articleUrl(article)}#comment-${comment.id}`)
  }

  async destroy({ params, auth, bouncer, session, response }: HttpContext) {
    const article = await this.findVisibleArticle(params.slug, auth)
    const comment = await Comment.query()
      .where('id', params.id)
      .where('article_id', article.id)
      .withScopes((scopes) => scopes.visibleTo(auth.user ?? null))
      .firstOrFail()
    await bouncer.with('CommentPolicy').authorize('delete', comment)
    await new DeleteComment().handle(comment)
    session.flash('success', 'The comment has been deleted.')
    return response.redirect(`${this.articleUrl(article)}#comments`)
  }

  private findVisibleArticle(slug: string, auth: HttpContext['auth']) {
    return Article.query()
      .where('slug', slug)
      .withScopes((scopes) => scopes.visibleTo(auth.user ?? null))
      .firstOrFail()
  }

  private articleUrl(article: Article) {
    return `/articles/${encodeURIComponent(article.slug)}`
  }
}
