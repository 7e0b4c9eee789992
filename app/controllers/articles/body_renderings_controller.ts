import type { HttpContext } from '@adonisjs/core/http'
import { renderArticleBodyValidator } from '#validators/article'
import { previewOf } from '#services/editor_form'

/**
 * A body rendering: the editor's Preview tab (JavaScript) sends the
 * body alone and gets back the HTML fragment the tab shows, rendered by the
 * article page's Markdown renderer, with its word count and reading time.
 */
export default class BodyRenderingsController {
  async store({ request, bouncer, view, response }: HttpContext) {
    await bouncer.with('ArticlePolicy').authorize('create')
    const { body } = await request.validateUsing(renderArticleBodyValidator)
    response.header('cache-control', 'no-store')
    response.header('content-type', 'text/html; charset=utf-8')
    return view.render('pages/articles/rendering', {
      preview: previewOf({ title: '', description: '', body: body ?? '' }),
    })
  }
}
