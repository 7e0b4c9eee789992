import db from '@adonisjs/lucid/services/db'
import { Locator, type Job } from '@adonisjs/queue'
import { deadJob } from '#queries/jobs'

/**
 * Gives a dead job (out of attempts) a fresh start from the admin jobs page:
 * the same job and payload are dispatched again through the queue, with a
 * full set of attempts, and the dead record goes. Returns false when there
 * is no such dead job (already retried, or pruned).
 */
export default class RetryDeadJob {
  async handle(id: string) {
    const job = await deadJob(id)
    if (!job) return false
    // Every job class extends Job, whose static dispatch the locator's type leaves out.
    const JobClass = Locator.getOrThrow(job.name) as unknown as typeof Job
    // The dead record goes only once the new dispatch is in: a failed dispatch
    // rolls the delete back, and a second admin's retry waits, then finds nothing.
    return db.transaction(async (trx) => {
      const deleted = await trx.from('queue_jobs').where({ id: job.id, status: 'failed' }).delete()
      if (!deleted) return false
      await JobClass.dispatch(job.payload as never).toQueue(job.queue)
      return true
    })
  }
}
