/*
|--------------------------------------------------------------------------
| Cluster entrypoint: one HTTP server process per core, behind one port
|--------------------------------------------------------------------------
|
| `node bin/cluster.js` (npm run start:cluster) forks WEB_CONCURRENCY
| workers, one per core by default. Each worker boots exactly as
| bin/server.js does (it imports it); Node's cluster module shares the
| listening port and hands connections to the workers in turn.
|
| - A worker that dies is replaced, unless it died before listening (a
|   broken configuration would only die again): then the cluster stops.
| - SIGTERM or SIGINT is passed on to every worker, which finishes its
|   in-flight requests; the primary exits 0 once all exited cleanly.
|
| Workers share nothing in memory: sessions live in signed cookies or the
| database, rate limits in the database store (LIMITER_STORE=memory would
| count per worker).
|
*/

import cluster, { type Worker } from 'node:cluster'
import { availableParallelism } from 'node:os'

if (cluster.isWorker) {
  await import('./server.js')
} else {
  const workerCount = Number(process.env.WEB_CONCURRENCY) || availableParallelism()
  const running = new Set<Worker>()
  const listening = new Set<Worker>()
  let stopping = false
  let failed = false

  /** One JSON line in the workers' (pino) log format, so one log pipeline reads both. */
  const log = (level: 'info' | 'warn' | 'error', msg: string) => {
    const levels = { info: 30, warn: 40, error: 50 }
    console.log(
      JSON.stringify({
        level: levels[level],
        time: Date.now(),
        pid: process.pid,
        name: 'folio-cluster',
        msg,
      })
    )
  }

  // Memory stores would keep sessions or rate limits per worker: signed-in
  // visitors would lose their session on the next connection.
  for (const name of ['SESSION_DRIVER', 'LIMITER_STORE']) {
    if (process.env[name] === 'memory') {
      log(
        'error',
        `${name}=memory cannot be shared by the workers: use the database (or cookie) store`
      )
      process.exit(1)
    }
  }

  const fork = () => {
    const worker = cluster.fork()
    // E.g. a message to a worker that just went away: never a reason for the primary to crash.
    worker.on('error', (error) => log('warn', `worker ${worker.process.pid}: ${error.message}`))
    running.add(worker)
  }

  const stop = (reason: string) => {
    if (stopping) return
    stopping = true
    log('info', `${reason}: stopping ${running.size} worker(s)`)
    if (running.size === 0) process.exit(failed ? 1 : 0)
    for (const worker of running) worker.process.kill('SIGTERM')
  }

  cluster.on('listening', (worker) => listening.add(worker))

  cluster.on('exit', (worker, code, signal) => {
    running.delete(worker)
    const how = signal ? `signal ${signal}` : `code ${code}`
    if (stopping) {
      if (code !== 0) {
        failed = true
        log('error', `worker ${worker.process.pid} exited with ${how}`)
      }
      if (running.size === 0) {
        log('info', 'all workers exited')
        process.exit(failed ? 1 : 0)
      }
    } else if (!listening.has(worker)) {
      failed = true
      log('error', `worker ${worker.process.pid} exited with ${how} before listening`)
      stop('a worker could not start')
    } else {
      log('warn', `worker ${worker.process.pid} exited with ${how}; starting another`)
      listening.delete(worker)
      fork()
    }
  })

  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))

  log('info', `starting ${workerCount} worker(s)`)
  for (let index = 0; index < workerCount; index++) fork()
}
