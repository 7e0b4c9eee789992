import type { HttpContext } from '@adonisjs/core/http'

/** GET /api/docs: the API reference, Swagger UI over /api/v1/openapi.json. */
export default class DocsController {
  async show({ view }: HttpContext) {
    return view.render('pages/api/docs')
  }
}
