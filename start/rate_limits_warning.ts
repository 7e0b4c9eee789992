/*
|--------------------------------------------------------------------------
| RATE_LIMITS=off warning
|--------------------------------------------------------------------------
|
| Preloaded by the HTTP server only, so every server process says it once
| at start, where operators and log alerts see it.
|
*/

import logger from '@adonisjs/core/services/logger'
import { rateLimitsEnabled } from '#config/limiter'

if (!rateLimitsEnabled) {
  logger.warn('Rate limits are off (RATE_LIMITS=off): never run a public server like this')
}
