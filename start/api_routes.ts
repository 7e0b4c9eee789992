import type { HttpContext } from '@adonisjs/core/http'

/**
 * The name of the JSON API's route group (start/routes.ts names it with this).
 *
 * What the API does differently (CORS, its error shape, its stricter input
 * checks) is decided by the matched route's name: it follows the group, not
 * a URL prefix written again, and it also covers errors raised before the
 * group's own middleware runs (a body too large or malformed), which
 * middleware attached to the group would miss.
 */
export const API_ROUTES = 'api.v1'

/** Whether the request matched a route of the API group (unknown paths under it included). */
export function isApiRoute(ctx: HttpContext) {
  return ctx.route?.name?.startsWith(`${API_ROUTES}.`) ?? false
}
