import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import type { DisposableCluster } from '../../bin/embedded_postgres.js'
import { BUILD_DIR } from './options.js'

/** What the benchmark starts (commands, the app, throwaway clusters), stopped on exit or on a signal. */

export const children = new Set<ChildProcess>()
export const clusters = new Set<DisposableCluster>()

export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  quiet = false
) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    children.add(child)
    child.on('exit', (code) => {
      children.delete(child)
      if (code === 0) resolve()
      else
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`)
        )
    })
  })
}

export function freePort() {
  return new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

export async function startApp(env: NodeJS.ProcessEnv) {
  const port = await freePort()
  const child = spawn(process.execPath, ['bin/server.js'], {
    cwd: BUILD_DIR,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr?.on('data', (chunk) => (errors += chunk))
  children.add(child)
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the app exited while starting:\n${errors}`)
    const up = await fetch(`${url}/health/live`).then(
      (r) => r.ok,
      () => false
    )
    if (up) return { url, child }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the app did not start:\n${errors}`)
}

export function stopChild(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export async function cleanUp() {
  await Promise.all([...children].map(stopChild))
  await Promise.all([...clusters].map((cluster) => cluster.destroy()))
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the app and the database...`)
    cleanUp().finally(() => process.exit(130))
  })
}
