/*
|--------------------------------------------------------------------------
| Edge globals
|--------------------------------------------------------------------------
|
| Small presentation helpers available in every template.
|
*/

import edge from 'edge.js'
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
