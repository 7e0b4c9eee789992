/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

/**
 * Runs on every request, matched by a route or not (static files are
 * served before routing).
 */
server.use([
  () => import('#middleware/container_bindings_middleware'),
  // Benchmark instrumentation only (tests/bench): an X-Query-Count header per response.
  ...(process.env.FOLIO_COUNT_QUERIES === '1'
    ? [() => import('#middleware/query_count_middleware')]
    : []),
  () => import('#middleware/request_logger_middleware'),
  // Shield's static headers also for 404s and static files, which never reach shield.
  () => import('#middleware/security_headers_middleware'),
  () => import('#middleware/public_files_middleware'),
  // Before routing, which reads a spoofed method from the query string.
  () => import('#middleware/form_method_spoofing_middleware'),
])

/**
 * Runs on every request that matched a route: only what is cheap and needed
 * everywhere. `ctx.auth` and `ctx.bouncer` are created lazily (nobody is
 * looked up until something asks). The session, CSRF and the signed-in user
 * are route middleware (`web`, `publicPage`) in start/routes.ts.
 */
router.use([
  // First, so the API's refusals by the middleware below carry CORS headers too (config/cors.ts).
  () => import('@adonisjs/cors/cors_middleware'),
  // A path that did not decode (see config/app.ts onBadUrl): a 400 in the route's own shape.
  () => import('#middleware/reject_malformed_url_middleware'),
  () => import('@adonisjs/core/bodyparser_middleware'),
  // Uploaded files' temporary copies go once the request is answered (refused ones, unauthenticated ones included).
  () => import('#middleware/discard_uploads_middleware'),
  // Refuses JSON nested deeper than any request needs, before anything walks it.
  () => import('#middleware/limit_json_nesting_middleware'),
  // NUL, non-UTF-8 bytes: a 422 naming the field rather than text rewritten behind the writer's back.
  () => import('#middleware/reject_unstorable_text_middleware'),
  () => import('#middleware/initialize_auth_middleware'),
  () => import('#middleware/initialize_bouncer_middleware'),
])

/** Middleware that routes and groups opt into by name. */
export const middleware = router.named({
  // Session + shield (CSRF, CSP) + silent auth: pages with forms and every form action.
  web: () => import('#middleware/web_session_middleware'),
  // Public read pages: the web stack for returning browsers, a cacheable guest render otherwise.
  publicPage: () => import('#middleware/public_page_middleware'),
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  optionalAuth: () => import('#middleware/optional_auth_middleware'),
  // Only users an ability of app/abilities/main.ts allows.
  authorize: () => import('#middleware/authorize_middleware'),
  // The JSON API's group: JSON answers, and RealWorld's `Token` scheme read as `Bearer`.
  forceJsonResponse: () => import('#middleware/force_json_response_middleware'),
  tokenScheme: () => import('#middleware/token_scheme_middleware'),
})
