/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

/**
 * Runs on every request, matched by a route or not (so 404s under /api/
 * are JSON too and static files are served before routing).
 */
server.use([
  () => import('#middleware/container_bindings_middleware'),
  // Benchmark instrumentation only (bin/bench.ts): an X-Query-Count header per response.
  ...(process.env.FOLIO_COUNT_QUERIES === '1'
    ? [() => import('#middleware/query_count_middleware')]
    : []),
  () => import('#middleware/request_logger_middleware'),
  // Shield's static headers also for 404s and static files, which never reach shield.
  () => import('#middleware/security_headers_middleware'),
  () => import('#middleware/api_request_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  () => import('@adonisjs/static/static_middleware'),
])

/** Runs on every request that matched a route. */
router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  // NUL characters cannot reach PostgreSQL text; removed before anything reads the input.
  () => import('#middleware/strip_nul_characters_middleware'),
  () => import('@adonisjs/session/session_middleware'),
  () => import('@adonisjs/shield/shield_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  () => import('#middleware/initialize_bouncer_middleware'),
  () => import('#middleware/silent_auth_middleware'),
])

/** Middleware that routes and groups opt into by name. */
export const middleware = router.named({
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  optionalAuth: () => import('#middleware/optional_auth_middleware'),
  admin: () => import('#middleware/admin_middleware'),
})
