import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Exception } from '@adonisjs/core/exceptions'

/** Set on a request whose URL did not decode; holds the URL as received. */
const MALFORMED_URL = Symbol('folio.malformedUrl')

type MarkedRequest = IncomingMessage & { [MALFORMED_URL]?: string }

/**
 * The HTTP server's `onBadUrl` (config/app.ts). A path such as `/api/v1/%FF`
 * does not decode as UTF-8, so the framework cannot build a request from it
 * and would answer a bare text/plain 400 with no request id and no log line.
 * Instead every `%` is escaped, which always decodes, the request is marked,
 * and it runs the usual pipeline, where the middleware below (first of the
 * router's) refuses it: the refusal gets an X-Request-Id, a log line and the
 * site's or the API's error shape like any other answer. A path that matches
 * no route at all is the usual 404.
 */
export async function refuseMalformedUrl(req: IncomingMessage, res: ServerResponse) {
  const marked = req as MarkedRequest
  if (marked[MALFORMED_URL] !== undefined) {
    // Unreachable (an escaped URL always decodes); never loop on it.
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad Request')
    return
  }
  marked[MALFORMED_URL] = req.url ?? '/'
  req.url = (req.url ?? '/').replaceAll('%', '%25')
  const { default: server } = await import('@adonisjs/core/services/server')
  await server.handle(req, res)
}

/** Refuses a request marked by refuseMalformedUrl with a 400 in the usual shape. */
export default class RejectMalformedUrlMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if ((ctx.request.request as MarkedRequest)[MALFORMED_URL] !== undefined) {
      throw new Exception('The address is malformed: its percent-encoding is not valid UTF-8', {
        status: 400,
        code: 'E_MALFORMED_URL',
      })
    }
    return next()
  }
}
