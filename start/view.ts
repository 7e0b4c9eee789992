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

edge.global('siteName', 'Folio')

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
