import type { HttpContext } from '@adonisjs/core/http'
import RetryDeadJob from '#actions/jobs/retry_dead_job'

/** Retrying a dead job: it starts over with all its attempts. */
export default class JobRetriesController {
  async store({ params, session, response }: HttpContext) {
    const retried = await new RetryDeadJob().handle(String(params.jobId))
    if (retried) session.flash('success', 'The job is queued again.')
    else session.flash('error', 'That job is no longer dead: it was retried or removed already.')
    return response.redirect().toRoute('admin.jobs.index')
  }
}
