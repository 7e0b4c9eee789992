import type { HttpContext } from '@adonisjs/core/http'
import { readinessChecks } from '#start/health'

/** Probes for load balancers and orchestrators. */
export default class HealthChecksController {
  /** The process is up and serving HTTP. */
  live({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }

  /** The app can do its job: the database answers. */
  async ready({ response }: HttpContext) {
    const report = await readinessChecks().run()
    const body = {
      status: report.isHealthy ? 'ok' : 'error',
      checks: report.checks.map(({ name, status, message }) => ({ name, status, message })),
    }
    return report.isHealthy ? response.ok(body) : response.serviceUnavailable(body)
  }
}
