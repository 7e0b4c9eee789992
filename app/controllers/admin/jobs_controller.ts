import type { HttpContext } from '@adonisjs/core/http'
import { jobCounts, jobsIn, type JobState } from '#queries/jobs'

const STATES: JobState[] = ['dead', 'retrying', 'queued', 'running']

/** Background jobs for admins: how many are waiting, retrying or dead, and which. */
export default class JobsController {
  async index({ request, view }: HttpContext) {
    const asked = request.input('state')
    const state: JobState = STATES.includes(asked) ? asked : 'dead'
    const [counts, jobs] = await Promise.all([jobCounts(), jobsIn(state)])
    // `shown`, not `state`: Edge keeps its own `state` in templates.
    return view.render('pages/admin/jobs/index', { counts, jobs, shown: state, states: STATES })
  }
}
