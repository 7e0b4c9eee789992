import db from '@adonisjs/lucid/services/db'
import { HealthChecks, MemoryHeapCheck } from '@adonisjs/core/health'
import { DbCheck } from '@adonisjs/lucid/database'

/**
 * Readiness checks, built per probe so that they always use the current
 * connection (a reconnected or reconfigured pool included).
 */
export function readinessChecks() {
  return new HealthChecks().register([
    new DbCheck(db.connection()),
    new MemoryHeapCheck().warnWhenExceeds('512 mb').failWhenExceeds('1 gb'),
  ])
}
