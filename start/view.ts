/*
|--------------------------------------------------------------------------
| Edge globals
|--------------------------------------------------------------------------
|
| Small presentation helpers available in every template.
|
*/

import edge from 'edge.js'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'

edge.global('siteName', 'Folio')

/** "Nov 21, 2026" in the reader's language-neutral short form. */
edge.global('formatDate', (value: DateTime | Date | string | null | undefined) => {
  if (!value) return ''
  const date =
    value instanceof DateTime
      ? value
      : value instanceof Date
        ? DateTime.fromJSDate(value)
        : DateTime.fromISO(value)
  return date.isValid ? date.toUTC().toFormat('LLL d, yyyy') : ''
})

/** Machine-readable date for <time datetime="...">. */
edge.global('isoDate', (value: DateTime | null | undefined) => value?.toUTC().toISO() ?? '')

/**
 * edge.js 6.5 lists the components directory again (a recursive readdir)
 * each time a renderer is created, i.e. on every request that touches
 * `ctx.view` (initialize_auth and bouncer share helpers with it), unless the
 * Edge instance was constructed with its cache on; AdonisJS turns the cache
 * on later, with edge.configure(). In production the templates never change,
 * so the list is read once, at the first render.
 */
if (app.inProduction) {
  const listComponents = edge.loader.listComponents.bind(edge.loader)
  let components: ReturnType<typeof listComponents> | undefined
  edge.loader.listComponents = () => (components ??= listComponents())
}
