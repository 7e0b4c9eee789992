import type { HttpContext } from '@adonisjs/core/http'

/** For load balancers and orchestrators: the process is up and serving HTTP. */
export default class LivenessProbesController {
  show({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }
}
