import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import logger from '@adonisjs/core/services/logger'
import PruneUnusedImages from '#actions/uploads/prune_unused_images'

export interface PruneUnusedUploadsPayload {
  /** How long an unused upload is kept: a client sets an upload's URL right after sending it. */
  graceHours: number
}

/** Recurring sweep of uploads nothing uses (start/scheduler.ts); `node ace uploads:prune` does the same on demand. */
export default class PruneUnusedUploadsJob extends Job<PruneUnusedUploadsPayload> {
  static options: JobOptions = {
    name: 'PruneUnusedUploads',
    maxRetries: 2,
    removeOnFail: { age: '7d' },
  }

  async execute() {
    const { kept, removed } = await new PruneUnusedImages().handle({
      graceMs: this.payload.graceHours * 3_600_000,
    })
    logger.info({ removed: removed.length, kept }, 'pruned unused uploads')
  }
}
