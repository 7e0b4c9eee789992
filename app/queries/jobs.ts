import db from '@adonisjs/lucid/services/db'

export type JobState = 'queued' | 'retrying' | 'running' | 'dead'

export interface JobRow {
  id: string
  queue: string
  name: string
  state: JobState
  attempts: number
  /** When a queued or retrying job may run next (ms since the epoch), or when a dead one gave up. */
  at: number | null
  error: string | null
  /** Who a message goes to, for SendMail jobs (what admins need to tell them apart). */
  recipient: string | null
}

/**
 * The queue as admins see it (table queue_jobs of @adonisjs/queue): queued
 * (never tried yet), retrying (failed at least once, waiting for the next
 * attempt), running, and dead (out of attempts; kept with their error).
 */
const STATE = `CASE
  WHEN status = 'failed' THEN 'dead'
  WHEN status = 'active' THEN 'running'
  WHEN coalesce((data::jsonb->>'attempts')::int, 0) > 0 THEN 'retrying'
  WHEN status IN ('pending', 'delayed') THEN 'queued'
END`

export async function jobCounts(): Promise<Record<JobState, number>> {
  const { rows } = await db.rawQuery(
    `SELECT ${STATE} AS state, count(*)::int AS count FROM queue_jobs
     WHERE status <> 'completed' GROUP BY 1`
  )
  const counts: Record<JobState, number> = { queued: 0, retrying: 0, running: 0, dead: 0 }
  for (const row of rows as { state: JobState | null; count: number }[]) {
    if (row.state) counts[row.state] = row.count
  }
  return counts
}

/** The latest jobs in one state (dead first by default: what needs a decision). */
export async function jobsIn(state: JobState, limit = 50): Promise<JobRow[]> {
  const { rows } = await db.rawQuery(
    `SELECT id, queue, data::jsonb->>'name' AS name, ${STATE} AS state,
            coalesce((data::jsonb->>'attempts')::int, 0) AS attempts,
            coalesce(finished_at, execute_at, acquired_at) AS at, error,
            data::jsonb->'payload'->>'to' AS recipient
     FROM queue_jobs
     WHERE status <> 'completed' AND ${STATE} = ?
     ORDER BY coalesce(finished_at, execute_at, score, 0) DESC
     LIMIT ?`,
    [state, limit]
  )
  return (rows as JobRow[]).map((row) => ({ ...row, at: row.at === null ? null : Number(row.at) }))
}

/** A dead job's name and payload, for a retry. */
export async function deadJob(id: string) {
  const row = await db
    .from('queue_jobs')
    .where({ id, status: 'failed' })
    .select('id', 'queue', 'data')
    .first()
  if (!row) return null
  const data = JSON.parse(row.data) as { name: string; payload: unknown }
  return {
    id: row.id as string,
    queue: row.queue as string,
    name: data.name,
    payload: data.payload,
  }
}
