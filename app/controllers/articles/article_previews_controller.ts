import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import { findArticleModel } from '#queries/articles'
import { previewArticleValidator } from '#validators/article'
import { editorFormOf } from '#services/editor_form'

/**
 * The editor's Preview button, without JavaScript: the form comes back with
 * everything typed in it and the article rendered above it. Nothing is saved.
 * A new article's editor and an existing one's both post here.
 */
export default class ArticlePreviewsController {
  async store({ params, request, bouncer, view, viewer }: HttpContext) {
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
    const form = editorFormOf(article, request.all(), messages, { preview: !messages.length })
    return view.render('pages/articles/form', form)
  }
}
