/*
|--------------------------------------------------------------------------
| Edge globals
|--------------------------------------------------------------------------
|
| Small presentation helpers available in every template. Dates arrive as
| ISO 8601 strings (rows from app/queries) or as luxon DateTimes (models);
| they are shown in UTC.
|
*/

import edge from 'edge.js'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import { HttpContext } from '@adonisjs/core/http'
import { createURL } from '@adonisjs/core/http/helpers'
import router from '@adonisjs/core/services/router'
import type { RouteJSON } from '@adonisjs/core/types/http'
import { readingTimeLabel, wordCountLabel } from '#services/reading_time'
import { htmlAttributes } from '#services/html_attributes'

edge.global('siteName', 'Folio')
edge.global('htmlAttributes', htmlAttributes)

/**
 * `ctx.view`, made on first use with what every template reads: the request,
 * who is signed in (`auth`) and the bouncer's helpers (`@can`). Sharing these
 * from the middleware that creates them would make a renderer on every
 * request, API calls and health probes included.
 */
HttpContext.getter(
  'view',
  function (this: HttpContext) {
    // One share: each call deep-merges into the renderer's locals (lodash.merge).
    return edge.createRenderer().share({
      request: this.request,
      ...(this.auth ? { auth: this.auth } : {}),
      ...(this.bouncer ? this.bouncer.edgeHelpers : {}),
    })
  },
  true
)

/**
 * Edge turns files under components/ into tags by listing that folder, and
 * does so again on every render when the instance was created without its
 * cache (edge.js's own `edge` is; AdonisJS turns the cache on afterwards with
 * `configure`, which leaves the re-listing on): a recursive readdirSync per
 * page. In production the folder never changes, so it is listed once.
 *
 * Likewise every component call resolves its name to a file path (parsing
 * the name, joining paths) before the compiled-template cache lookup; a
 * page with a list calls a component per row, so production remembers them.
 */
if (app.inProduction) {
  const listComponents = edge.loader.listComponents.bind(edge.loader)
  let components: ReturnType<typeof listComponents> | undefined
  edge.loader.listComponents = () => (components ??= listComponents())

  const makePath = edge.loader.makePath.bind(edge.loader)
  const paths = new Map<string, string>()
  edge.loader.makePath = (templatePath: string) => {
    let path = paths.get(templatePath)
    if (path === undefined) {
      path = makePath(templatePath)
      paths.set(templatePath, path)
    }
    return path
  }
}

/**
 * `urlFor` in templates, with routes found by name in a Map. The router's
 * own urlFor walks the route table (about a hundred routes) on every call,
 * and a page of cards writes dozens of links. The URL is still made by the
 * router's `createURL`, with its query-string settings; a name it does not
 * index (`domain@name`, or no such route) goes to the router's urlFor, which
 * also keeps `.get()`, `.post()`… as they were.
 */
const routerUrlFor = router.urlBuilder.urlFor
let routesByName: Map<string, RouteJSON> | undefined

function namedRoute(name: string) {
  // Built on first use: the routes are committed when the server starts.
  if (!routesByName) {
    routesByName = new Map()
    for (const routes of Object.values(router.toJSON())) {
      for (const route of routes) {
        // The first route of a name wins, as in the router's own lookup.
        if (route.name && !routesByName.has(route.name)) routesByName.set(route.name, route)
      }
    }
  }
  return routesByName.get(name)
}

const urlFor: typeof routerUrlFor = Object.assign(
  (...[name, params, options]: Parameters<typeof routerUrlFor>) => {
    const route = namedRoute(name)
    if (!route) return routerUrlFor(name, params, options)
    return createURL(route.name!, route.tokens, router.qs.stringify, params, options)
  },
  routerUrlFor
)
edge.global('urlFor', urlFor)

/** 2026-01-31T09:15:00.000Z: how app/queries and toISOString() write a timestamp. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

type DateInput = DateTime | Date | string | null | undefined

function toDate(value: DateInput): Date | null {
  if (!value) return null
  const date =
    value instanceof DateTime ? value.toJSDate() : value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * Dates are shown in one fixed English form, in UTC, so they are spelled out
 * from the date's UTC fields: Intl.DateTimeFormat gives the same text but
 * costs ~15 µs a call, and a comment thread shows dozens of dates.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function shortDate(date: Date) {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`
}

function clockTime(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
}

/** "Nov 21, 2026" in the reader's language-neutral short form. */
edge.global('formatDate', (value: DateInput) => {
  const date = toDate(value)
  return date ? shortDate(date) : ''
})

/** "Nov 21, 2026, 14:05": when a comment was posted. */
edge.global('formatDateTime', (value: DateInput) => {
  const date = toDate(value)
  return date ? `${shortDate(date)}, ${clockTime(date)}` : ''
})

/** Machine-readable date for <time datetime="...">. */
edge.global('isoDate', (value: DateInput) =>
  // Rows from app/queries carry their timestamps in exactly this form already.
  typeof value === 'string' && ISO_UTC.test(value) ? value : (toDate(value)?.toISOString() ?? '')
)

/** "4 min read" and "1,234 words", from a word count (articles carry `wordCount`). */
edge.global('readingTime', (words: number | null | undefined) => readingTimeLabel(words ?? 0))
edge.global('wordCount', (words: number | null | undefined) => wordCountLabel(words ?? 0))

/** The header's unread notifications badge: loaded with the signed-in user (#auth/session_user_provider). */
edge.global('unreadNotifications', (user: { $extras?: Record<string, unknown> }) =>
  Number(user.$extras?.unread_notifications ?? 0)
)
