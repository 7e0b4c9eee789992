/** Articles per page on the public lists (home, your feed, tags, profiles, search). */
export const ARTICLES_PER_PAGE = 10

/** Deeper than this is never a real reader; the cap keeps OFFSET a small, valid number. */
export const MAX_PAGE = 1_000_000

/**
 * The page a list should show, from a raw `?page=` value: anything that is not
 * a positive whole number means page 1. Pages past the end render an empty state.
 */
export function pageNumber(raw: unknown): number {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : ''
  if (!/^\d{1,9}$/.test(text)) return 1
  return Math.min(Math.max(Number(text), 1), MAX_PAGE)
}
