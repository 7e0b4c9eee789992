import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** The bodies HTML forms send: the only requests that may spoof their method. */
const FORM_BODIES = ['urlencoded', 'multipart']

/**
 * Method spoofing (`POST …?_method=DELETE`) exists for HTML forms, which can
 * only send GET and POST. Any other POST (the JSON API's, a script's) keeps
 * its real method: `_method` is dropped before the router reads it, so
 * `POST /api/v1/articles/:slug?_method=DELETE` is not a delete.
 */
export default class FormMethodSpoofingMiddleware {
  handle({ request }: HttpContext, next: NextFn) {
    if (request.intended() === 'POST' && !request.is(FORM_BODIES)) {
      const { _method: spoofed, ...query } = request.qs()
      if (spoofed !== undefined) request.updateQs(query)
    }
    return next()
  }
}
