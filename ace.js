/*
|--------------------------------------------------------------------------
| Ace entry point
|--------------------------------------------------------------------------
|
| `node ace <command>` works from any shell:
|
| 1. When the shell's node is older than the Node 24 the project pins, the
|    command is handed over to `node_modules/node` (installed by npm).
| 2. When no database is configured (no DB_HOST / DATABASE_URL), commands
|    that need one get an embedded PostgreSQL: a persistent cluster under
|    tmp/ for development, a throwaway one for `node ace test`.
|
| The production build replaces this file with a plain import of
| bin/console.js, so none of this runs in production.
|
*/

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const nodeMajor = Number(process.versions.node.split('.')[0])

if (nodeMajor < 24) {
  const pinnedNode = fileURLToPath(new URL('./node_modules/node/bin/node', import.meta.url))
  if (!existsSync(pinnedNode)) {
    console.error(`Folio needs Node.js 24 (this is ${process.version}). Run "npm install" first.`)
    process.exit(1)
  }
  const child = spawn(pinnedNode, [fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
} else {
  // Source-run ace is a development tool; production runs the compiled build.
  process.env.NODE_ENV ??= args[0] === 'test' ? 'test' : 'development'
  await import('@poppinss/ts-exec')
  const { runWithDatabase } = await import('./bin/embedded_postgres.js')
  const exitCode = await runWithDatabase(args)
  if (exitCode === null) {
    await import('./bin/console.js')
  } else {
    // Exit explicitly: embedded-postgres' exit hook would otherwise turn any code into 0.
    process.exit(exitCode)
  }
}
