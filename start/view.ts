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

edge.global('siteName', 'Folio')

/**
 * Edge turns files under components/ into tags by listing that folder, and
 * does so again on every render when the instance was created without its
 * cache (edge.js's own `edge` is; AdonisJS turns the cache on afterwards with
 * `configure`, which leaves the re-listing on): a recursive readdirSync per
 * page. In production the folder never changes, so it is listed once.
 */
/**
 * `ctx.view`, made on first use with what every template reads: the request,
 * who is signed in (`auth`) and the bouncer's helpers (`@can`). Sharing these
 * from the middleware that creates them would make a renderer on every
 * request, API calls and health probes included.
 */
HttpContext.getter(
  'view',
  function (this: HttpContext) {
    const view = edge.createRenderer().share({ request: this.request })
    if (this.auth) view.share({ auth: this.auth })
    if (this.bouncer) view.share(this.bouncer.edgeHelpers)
    return view
  },
  true
)

if (app.inProduction) {
  const listComponents = edge.loader.listComponents.bind(edge.loader)
  let components: ReturnType<typeof listComponents> | undefined
  edge.loader.listComponents = () => (components ??= listComponents())
}

type DateInput = DateTime | Date | string | null | undefined

function toDateTime(value: DateInput): DateTime | null {
  if (!value) return null
  const date =
    value instanceof DateTime
      ? value
      : value instanceof Date
        ? DateTime.fromJSDate(value)
        : DateTime.fromISO(value)
  return date.isValid ? date.toUTC() : null
}

/** "Nov 21, 2026" in the reader's language-neutral short form. */
edge.global('formatDate', (value: DateInput) => toDateTime(value)?.toFormat('LLL d, yyyy') ?? '')

/** "Nov 21, 2026, 14:05": when a comment was posted. */
edge.global(
  'formatDateTime',
  (value: DateInput) => toDateTime(value)?.toFormat('LLL d, yyyy, HH:mm') ?? ''
)

/** Machine-readable date for <time datetime="...">. */
edge.global('isoDate', (value: DateInput) => toDateTime(value)?.toISO() ?? '')

/** The header's unread notifications badge: loaded with the signed-in user (#auth/session_user_provider). */
edge.global('unreadNotifications', (user: { $extras?: Record<string, unknown> }) =>
  Number(user.$extras?.unread_notifications ?? 0)
)
