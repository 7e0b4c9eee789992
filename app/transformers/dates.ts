import type { DateTime } from 'luxon'

/** API dates: ISO 8601 in UTC with milliseconds, e.g. 2026-01-31T09:15:00.000Z. */
export function isoDate(date: DateTime) {
  return date.toUTC().toISO({ suppressMilliseconds: false, includeOffset: true })!
}
