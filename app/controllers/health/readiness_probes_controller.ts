import type { HttpContext } from '@adonisjs/core/http'
import { readinessChecks } from '#start/health'

/** For load balancers and orchestrators: the app can do its job (the database answers). */
export default class ReadinessProbesController {
  async show({ response }: HttpContext) {
    const report = await readinessChecks().run()
    const body = {
      status: report.isHealthy ? 'ok' : 'error',
      checks: report.checks.map(({ name, status, message }) => ({ name, status, message })),
    }
    return report.isHealthy ? response.ok(body) : response.serviceUnavailable(body)
  }
}
