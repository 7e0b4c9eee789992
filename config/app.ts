import type { IncomingMessage, ServerResponse } from 'node:http'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'
import { refuseMalformedUrl } from '#middleware/reject_malformed_url_middleware'
import { JsonText } from '#queries/json_text'

/** Public base URL of the site, used for absolute links (feeds, sitemap, API docs). */
export const appUrl = (
  env.get('APP_URL') ?? `http://${env.get('HOST', 'localhost')}:${env.get('PORT', 3333)}`
).replace(/\/+$/, '')

export const http = defineConfig({
  /** Echoed as X-Request-Id and logged with every request. */
  generateRequestId: true,

  /** HTML forms send PUT and DELETE as POST with ?_method=. */
  allowMethodSpoofing: true,

  useAsyncLocalStorage: false,

  /** `%FF` in a path: refused through the usual pipeline (request id, log line, error shape). */
  onBadUrl: (req: IncomingMessage, res: ServerResponse) => void refuseMalformedUrl(req, res),

  /**
   * Answers are plain data (transformers, rows from app/queries): the
   * native serializer is several times faster than the default one, which
   * also survives cycles and BigInts that no answer here contains. JSON
   * that PostgreSQL already wrote (JsonText) goes out as it is.
   */
  serializeJSON: (value: unknown) =>
    value instanceof JsonText ? value.text : JSON.stringify(value),

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
