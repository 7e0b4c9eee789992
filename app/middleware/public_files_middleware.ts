import { readdirSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/** The top-level names in public/ ("css", "js", "favicon.svg", ...), read once at boot. */
const publicEntries = new Set(readdirSync(app.publicPath()))

/**
 * Serves public/ with @adonisjs/static, which looks every GET and HEAD
 * request up on disk (a stat per request, pages and API included). Only
 * URLs under one of public/'s top-level entries can be files there, so the
 * others skip the lookup. (A new top-level entry needs a restart.)
 */
export default class PublicFilesMiddleware {
  /** Made once, on the first request for a file: it wraps serve-static, built at construction. */
  static #staticFiles: Promise<StaticMiddleware> | undefined

  async handle(ctx: HttpContext, next: NextFn) {
    const firstSegment = ctx.request.url().split('/', 2)[1]
    if (!publicEntries.has(firstSegment)) return next()
    PublicFilesMiddleware.#staticFiles ??= ctx.containerResolver.make(StaticMiddleware)
    const staticFiles = await PublicFilesMiddleware.#staticFiles
    return staticFiles.handle(ctx, next)
  }
}
