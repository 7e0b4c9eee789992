/*
|--------------------------------------------------------------------------
| HTTP server entrypoint
|--------------------------------------------------------------------------
|
| The "server.ts" file is the entrypoint for starting the AdonisJS HTTP
| server. Either you can run this file directly or use the "serve"
| command to run this file and monitor file changes
|
*/

import cluster from 'node:cluster'

await import('reflect-metadata')
const { Ignitor, prettyPrintError } = await import('@adonisjs/core')

/**
 * URL to the application root. AdonisJS need it to resolve
 * paths to file and directories for scaffolding commands
 */
const APP_ROOT = new URL('../', import.meta.url)

/**
 * The importer is used to import files in context of the
 * application.
 */
const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

/**
 * Run as a cluster worker (bin/cluster.ts), the channel to the primary
 * would keep the process alive once the server has stopped or failed to start.
 */
const releaseClusterChannel = () => {
  if (cluster.isWorker) cluster.worker!.disconnect()
}

new Ignitor(APP_ROOT, { importer: IMPORTER })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => app.terminate())
    // A cluster worker (bin/cluster.ts) gets Ctrl-C along with its primary: drain then too.
    app.listenIf(app.managedByPm2 || cluster.isWorker, 'SIGINT', () => app.terminate())
    // Runs after the HTTP server has closed (terminating hooks run last-registered first).
    app.terminating(releaseClusterChannel)
  })
  .httpServer()
  .start()
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
    releaseClusterChannel()
  })
