import env from '#start/env'
import { defineConfig } from '@adonisjs/cors'
import { isApiRoute } from '#start/api_routes'

/** Origins allowed to call the JSON API from a browser, from CORS_ORIGINS. */
const origins = (env.get('CORS_ORIGINS') ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean)

/**
 * In development, with no CORS_ORIGINS, a RealWorld front end on any local
 * port (4200, 5173, 3000, ...) works out of the box. Production and tests
 * allow only what CORS_ORIGINS lists.
 */
const allowAnyLocalPort =
  origins.length === 0 && (env.get('NODE_ENV') ?? 'development') === 'development'
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/

/**
 * Only the JSON API's routes answer other sites: the middleware runs first in
 * the router's stack (start/kernel.ts), once the route is known. A preflight
 * (OPTIONS) under /api/v1 matches the group's catch-all route.
 */
const corsConfig = defineConfig({
  enabled: isApiRoute,
  origin: (requestOrigin) => {
    if (allowAnyLocalPort) return LOCAL_ORIGIN.test(requestOrigin)
    return origins.includes('*') || origins.includes(requestOrigin)
  },
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  // Reflect the requested headers (the origin list is what restricts access);
  // clients differ in how they list Authorization and Content-Type.
  headers: true,
  exposeHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-Request-Id'],
  credentials: false,
  maxAge: 600,
})

export default corsConfig
