import vine from '@vinejs/vine'

/*
|--------------------------------------------------------------------------
| Query strings of the site's lists
|--------------------------------------------------------------------------
|
| A list never answers a bad query string with an error: `?page=abc` shows
| page 1, an unknown `?status=` shows everything. Each field parses what it
| receives (Vine's `parse` runs before validation, missing values included)
| into a value that always validates.
|
*/

/** Deeper than this is never a real reader; the cap keeps OFFSET a small, valid number. */
export const MAX_PAGE = 1_000_000

/** A raw `?page=`: anything that is not a positive whole number means page 1. */
export function pageNumber(raw: unknown): number {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : ''
  if (!/^\d{1,9}$/.test(text)) return 1
  return Math.min(Math.max(Number(text), 1), MAX_PAGE)
}

/** `?page=`, always a page number (pages past the end render an empty state). */
export const pageField = () => vine.number().parse(pageNumber)

/** A free-text filter, trimmed and cut at `maxLength`; anything but a string is ''. */
export const filterText = (maxLength: number) =>
  vine
    .string()
    .parse((value) => (typeof value === 'string' ? value.trim().slice(0, maxLength) : ''))

/** One of `values`, or undefined (no filter) for anything else. */
export const filterChoice = <const Values extends readonly string[]>(values: Values) =>
  vine
    .enum(values)
    .parse((value) => (values.includes(value as string) ? value : undefined))
    .optional()

/** Lists with nothing to ask but the page. */
export const pageValidator = vine.create({ page: pageField() })

/** Search: the terms (longer queries add nothing to ranking but cost parsing time) and the page. */
export const searchValidator = vine.create({ q: filterText(200), page: pageField() })

/** The dashboard: the writer's articles, all or by status. */
export const dashboardValidator = vine.create({
  status: filterChoice(['published', 'draft']),
  page: pageField(),
})
