import type { HttpContext } from '@adonisjs/core/http'

/** The API reference: Swagger UI over the OpenAPI document. */
export default class DocsController {
  async show({ view }: HttpContext) {
    return view.render('pages/api/docs')
  }
}
