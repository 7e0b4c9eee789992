import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import { findArticleModel } from '#queries/articles'
import { previewArticleValidator } from '#validators/article'
import { editorFormOf } from '#services/editor_form'
import { pendingCover } from '#controllers/concerns/editor_cover'

/**
 * The editor's Preview button, without JavaScript: the form comes back with
 * everything typed in it and the article rendered above it. No article is
 * saved; a cover chosen is stored, so that the form can keep it.
 * A new article's editor and an existing one's both post here.
 */
export default class ArticlePreviewsController {
  async store(ctx: HttpContext) {
    const { params, request, bouncer, view, viewer } = ctx
    const article = params.slug ? await findArticleModel(params.slug, viewer) : null
    if (article) {
      await bouncer.with('ArticlePolicy').authorize('update', article)
      await article.load('tags')
    } else {
      await bouncer.with('ArticlePolicy').authorize('create')
    }
    let messages: { field: string; message: string }[] = []
    try {
      await request.validateUsing(previewArticleValidator)
    } catch (error) {
      if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
      messages = error.messages
    }
    // A cover chosen is stored now and carried by the form into the next round.
    const cover = await pendingCover(ctx, messages)
    const form = editorFormOf(article, request.all(), cover.messages, {
      preview: !messages.length,
      pendingCover: cover.pendingCover,
    })
    return view.render('pages/articles/form', form)
  }
}
