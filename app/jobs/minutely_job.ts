import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'

/**
 * A job start/scheduler.ts runs every minute, with no payload. One retry is
 * enough (the next minute's run takes whatever this one left), and a failed
 * run stays a day on the admin jobs page.
 *
 * No default export: the queue registers only the jobs in app/jobs that have one.
 */
export abstract class MinutelyJob extends Job<Record<string, never>> {
  /** The options of the minutely job stored under `name`. */
  static minutely(name: string): JobOptions {
    return { name, maxRetries: 1, removeOnFail: { age: '1d' } }
  }
}
