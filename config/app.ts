import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

/** Public base URL of the site, used for absolute links (feeds, sitemap, API docs). */
export const appUrl =
  env.get('APP_URL') ?? `http://${env.get('HOST', 'localhost')}:${env.get('PORT', 3333)}`

export const http = defineConfig({
  /** Echoed as X-Request-Id and logged with every request. */
  generateRequestId: true,

  /** HTML forms send PUT and DELETE as POST with ?_method=. */
  allowMethodSpoofing: true,

  useAsyncLocalStorage: false,

  /**
   * Answers are plain data (transformers, rows from app/queries): the
   * native serializer is several times faster than the default one, which
   * also survives cycles and BigInts that no answer here contains.
   */
  serializeJSON: (value: unknown) => JSON.stringify(value),

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
