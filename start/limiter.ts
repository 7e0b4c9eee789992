/*
|--------------------------------------------------------------------------
| Rate limits
|--------------------------------------------------------------------------
|
| Named throttles, attached to routes in start/routes.ts. Counters live in
| the database store (config/limiter.ts) so they hold across processes.
| With RATE_LIMITS=off (benchmarks, load tests) every throttle lets
| everything through.
|
*/

import { createHash } from 'node:crypto'
import limiter from '@adonisjs/limiter/services/main'
import { rateLimitsEnabled } from '#config/limiter'

/** Registrations per IP: stops scripted sign-ups without bothering people. */
export const registrationThrottle = limiter.define('registration', (ctx) => {
  if (!rateLimitsEnabled) return limiter.noLimit()
  return limiter.allowRequests(10).every('1 hour').usingKey(`ip_${ctx.request.ip()}`)
})

/** Sign-in attempts per IP (all accounts together); per-account failures are limited in VerifyCredentials. */
export const loginThrottle = limiter.define('login', (ctx) => {
  if (!rateLimitsEnabled) return limiter.noLimit()
  return limiter.allowRequests(30).every('15 minutes').usingKey(`ip_${ctx.request.ip()}`)
})

/** Password reset requests per IP (the per-address limit is in RequestPasswordReset). */
export const passwordResetThrottle = limiter.define('password_reset', (ctx) => {
  if (!rateLimitsEnabled) return limiter.noLimit()
  return limiter.allowRequests(10).every('1 hour').usingKey(`ip_${ctx.request.ip()}`)
})

/** API writes per token (or per IP for anonymous writes such as registration). */
export const apiWriteThrottle = limiter.define('api_writes', (ctx) => {
  if (!rateLimitsEnabled || ['GET', 'HEAD', 'OPTIONS'].includes(ctx.request.method())) {
    return limiter.noLimit()
  }
  const authorization = ctx.request.header('authorization')
  const key = authorization
    ? `token_${createHash('sha256').update(authorization).digest('hex').slice(0, 32)}`
    : `ip_${ctx.request.ip()}`
  return limiter.allowRequests(60).every('1 minute').usingKey(key)
})
