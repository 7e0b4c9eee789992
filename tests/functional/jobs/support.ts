import { spawn } from 'node:child_process'
import { knex } from '@boringnode/queue/drivers/knex_adapter'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import { SmtpInbox, freePort } from '#tests/support/smtp_inbox'

export interface WorkerProcess {
  output(): string
  stop(): Promise<number | null>
}

/** What a worker or app process of these tests needs: the cluster, the real queue, the test's SMTP server. */
export function jobsEnv(cluster: DisposableCluster, smtpPort: number): Record<string, string> {
  return {
    ...cluster.env,
    DATABASE_URL: '',
    LOG_LEVEL: 'silent',
    QUEUE_DRIVER: 'database',
    QUEUE_RETRY_DELAY: '50ms',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
  }
}

/** `node ace queue:work` as its own process (bin/console.ts, as production runs it). */
export async function startWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    ['--import=@poppinss/ts-exec', 'bin/console.ts', 'queue:work'],
    {
      cwd: new URL('../../../', import.meta.url),
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  child.once('exit', () => process.off('exit', killOnExit))

  const deadline = Date.now() + 30_000
  while (!output.includes('Starting worker')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`worker did not start:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}

/** The queue of that cluster, for dispatching from the test process (`Job.dispatch(...).with(queue)`). */
export function queueOn(cluster: DisposableCluster) {
  return knex({
    client: 'pg',
    connection: {
      host: cluster.env.DB_HOST,
      port: Number(cluster.env.DB_PORT),
      user: cluster.env.DB_USER,
      password: cluster.env.DB_PASSWORD,
      database: cluster.env.DB_DATABASE,
    },
    pool: { min: 0, max: 2 },
  })
}

/** An SMTP server of the group's own, on a free port. */
export async function startInbox() {
  const inbox = new SmtpInbox()
  const port = await freePort()
  await inbox.listen(port)
  return { inbox, port }
}
