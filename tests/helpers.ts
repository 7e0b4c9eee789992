import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import type { Group } from '@japa/runner/core'

/**
 * Every test starts from an empty database and fresh rate-limit counters:
 * writes (including the HTTP handlers') are rolled back after each test.
 */
export function isolateDatabase(group: Group) {
  group.each.setup(async () => {
    const rollback = await testUtils.db().withGlobalTransaction()
    await limiter.clear()
    return rollback
  })
}

export interface AppProcess {
  url: string
  /** Everything the process printed so far (stdout and stderr). */
  output(): string
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>
}

/**
 * Starts the real HTTP server (bin/server.ts) as a separate process, for
 * tests that need to break its surroundings (its database, its signals).
 */
export async function runServerUntilExit(env: Record<string, string>) {
  const { spawn } = await import('node:child_process')
  const child = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: new URL('../', import.meta.url),
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.once('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  return { code, output }
}

/** Starts bin/server.ts, or another entrypoint such as bin/cluster.ts, as a separate process. */
export async function startAppProcess(
  env: Record<string, string> = {},
  entrypoint = 'bin/server.ts'
): Promise<AppProcess> {
  const { spawn } = await import('node:child_process')
  const { createServer } = await import('node:net')
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number }
      probe.close(() => resolve(free))
    })
  })

  const child = spawn(process.execPath, ['--import=@poppinss/ts-exec', entrypoint], {
    cwd: new URL('../', import.meta.url),
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code))
  )
  // Never outlive the test run, whatever happens to the test that started it.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  child.once('exit', () => process.off('exit', killOnExit))

  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`app process exited early:\n${output}`)
    const up = await fetch(`${url}/health/live`).then(
      (response) => response.ok,
      () => false
    )
    if (up) {
      return {
        url,
        output: () => output,
        stop: async () => {
          child.kill('SIGTERM')
          return exited
        },
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`app process did not start:\n${output}`)
}
