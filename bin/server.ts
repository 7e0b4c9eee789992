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
import { randomUUID } from 'node:crypto'
import { STATUS_CODES, createServer, type Server as HttpServer } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Logger } from '@adonisjs/core/logger'
import type { ApplicationService } from '@adonisjs/core/types'

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

/** How long connections already open may keep sending requests after SIGTERM. */
const DRAIN_MS = 10_000

/**
 * At SIGTERM the framework closes the listening socket (new connections are
 * refused) and waits for the open ones to end; Node would also cut every
 * keep-alive connection that is idle at that instant, and a request its
 * client sends at that moment would be reset. Instead, open connections are
 * served normally until they fall idle (the keep-alive timeout closes them)
 * or for DRAIN_MS at most; after that each answer closes its connection.
 * The pool closes only once every connection has ended (a later hook).
 */
function drainOpenConnections(httpServer: HttpServer) {
  const closeIdleConnections = httpServer.closeIdleConnections.bind(httpServer)
  httpServer.closeIdleConnections = () => {}
  const deadline = setTimeout(() => {
    httpServer.on('request', (_request, response) => (response.shouldKeepAlive = false))
    closeIdleConnections()
  }, DRAIN_MS)
  deadline.unref()
  httpServer.once('close', () => clearTimeout(deadline))
}

/**
 * A request Node's HTTP parser refuses (a malformed header, a broken request
 * line, headers too large) never reaches the application, and Node answers
 * it with a bare 400. It gets the site's answer instead: the API's JSON
 * error shape for an /api/ path, a short page otherwise, a request id and a
 * log line, like every other answer.
 */
function answerUnparsableRequests(httpServer: HttpServer, logger: () => Promise<Logger>) {
  httpServer.on(
    'clientError',
    (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
      if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy()
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
      const requestId = randomUUID()
      const [method, path = ''] = (error.rawPacket?.toString('latin1') ?? '').split(/[ \r\n]/, 2)
      const api = path.startsWith('/api/')
      const message =
        status === 431 ? 'The request headers are too large' : 'The request is malformed'
      const body = api
        ? JSON.stringify({ errors: { request: [message] } })
        : `<!doctype html><html lang="en"><title>Request not understood · Folio</title><h1>Request not understood</h1><p>${message}.</p></html>`
      void logger().then((log) =>
        log.info({ request_id: requestId, method, status, code: error.code }, 'request refused')
      )
      socket.end(
        [
          `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
          `Content-Type: ${api ? 'application/json' : 'text/html'}; charset=utf-8`,
          `Content-Length: ${Buffer.byteLength(body)}`,
          `X-Request-Id: ${requestId}`,
          'Connection: close',
          '',
          body,
        ].join('\r\n')
      )
    }
  )
}

let application: ApplicationService

new Ignitor(APP_ROOT, { importer: IMPORTER })
  .tap((app) => {
    application = app
    // Registered once the server listens, after the framework's own close hook: runs before it.
    app.ready(async () => {
      const server = await app.container.make('server')
      const httpServer = server.getNodeServer()
      if (httpServer) app.terminating(() => drainOpenConnections(httpServer as HttpServer))
    })
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
  // The parser's refusals are answered from the first connection on, not once the app is ready.
  .start((handler) => {
    const httpServer = createServer(handler)
    answerUnparsableRequests(httpServer, () => application.container.make('logger'))
    return httpServer
  })
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
    releaseClusterChannel()
  })
