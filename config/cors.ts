import env from '#start/env'
import { defineConfig } from '@adonisjs/cors'

/** Origins allowed to call the JSON API from a browser, from CORS_ORIGINS. */
const origins = (env.get('CORS_ORIGINS') ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean)

const corsConfig = defineConfig({
  enabled: true,
  origin: (requestOrigin, ctx) => {
    if (!ctx.request.url().startsWith('/api/')) return false
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
