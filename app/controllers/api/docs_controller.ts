import type { HttpContext } from '@adonisjs/core/http'

/** GET /api/docs: the API reference, Swagger UI over /api/v1/openapi.json. */
export default class DocsController {
  async show({ view, auth }: HttpContext) {
    // Everything under /api/ skips the site's silent auth; the header still greets a signed-in reader.
    await auth.use('web').check()
    return view.render('pages/api/docs')
  }
}
