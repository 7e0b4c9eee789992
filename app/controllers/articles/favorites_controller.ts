import type { HttpContext } from '@adonisjs/core/http'
import type Article from '#models/article'
import CreateFavorite from '#actions/favorites/create_favorite'
import DeleteFavorite from '#actions/favorites/delete_favorite'
import { findArticleModel } from '#queries/articles'
import { safeNextPath } from '#services/safe_redirect'

/** A signed-in reader's favorite mark on an article. */
export default class FavoritesController {
  async store(ctx: HttpContext) {
    const article = await findArticleModel(ctx.params.slug, ctx.viewer)
    await new CreateFavorite().handle(ctx.auth.getUserOrFail(), article)
    ctx.session.flash('success', 'Added to your favorites.')
    return this.back(ctx, article)
  }

  async destroy(ctx: HttpContext) {
    const article = await findArticleModel(ctx.params.slug, ctx.viewer)
    await new DeleteFavorite().handle(ctx.auth.getUserOrFail(), article)
    ctx.session.flash('success', 'Removed from your favorites.')
    return this.back(ctx, article)
  }

  /** Back to the page the button was on (a same-site `next`), else the article. */
  private back({ request, response }: HttpContext, article: Article) {
    const next = safeNextPath(request.input('next'))
    return next
      ? response.redirect(next)
      : response.redirect().toRoute('articles.show', { slug: article.slug })
  }
}
