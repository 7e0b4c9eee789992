import db from '@adonisjs/lucid/services/db'
import { BaseCheck, HealthChecks, MemoryHeapCheck, Result } from '@adonisjs/core/health'
import { DbCheck } from '@adonisjs/lucid/database'

type CheckResult = Awaited<ReturnType<BaseCheck['run']>>

/** A probe answers within this time, whatever the database does (a hung server included). */
export const READINESS_TIMEOUT_MS = 2000

/**
 * Fails a check that has not answered in time. A database that accepts
 * connections and then never replies would otherwise hold the probe for as
 * long as the pool and query timeouts allow; an orchestrator wants a quick no.
 */
class WithinDeadline extends BaseCheck {
  name: string

  constructor(
    private check: BaseCheck,
    private timeoutMs: number
  ) {
    super()
    this.name = check.name
  }

  async run(): Promise<CheckResult> {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<CheckResult>((resolve) => {
      timer = setTimeout(
        () => resolve(Result.failed(`No answer within ${this.timeoutMs} ms`)),
        this.timeoutMs
      )
    })
    try {
      return await Promise.race([this.check.run(), late])
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * Readiness checks, built per probe so that they always use the current
 * connection (a reconnected or reconfigured pool included).
 */
export function readinessChecks() {
  return new HealthChecks().register([
    new WithinDeadline(new DbCheck(db.connection()), READINESS_TIMEOUT_MS),
    new MemoryHeapCheck().warnWhenExceeds('512 mb').failWhenExceeds('1 gb'),
  ])
}
