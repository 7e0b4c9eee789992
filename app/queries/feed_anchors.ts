import { selectRow, sql } from '#queries/sql'

/** Every how many articles of the published feed a position is remembered. */
export const FEED_ANCHOR_STRIDE = 1000

/** Where the published feed's article number `position` (from 0) sits in its order. */
export interface FeedAnchor {
  id: number
  /** As PostgreSQL prints it: a JS Date would lose the microseconds. */
  publishedAt: string
  /** The feed version (article_totals.feed_version) it was read at. */
  version: string
}

/**
 * Sort keys of every FEED_ANCHOR_STRIDE-th article of the published feed,
 * kept in this process. Each use is checked against the feed version in the
 * same statement (see article_list), so processes never disagree: a stale
 * position is never used, only forgotten and read again.
 */
let anchors = new Map<number, FeedAnchor>()

export function forgetFeedAnchors() {
  anchors = new Map()
}

/**
 * The remembered position `position`, or how many articles the feed holds
 * when it ends before it (a page past the end is empty; no scan needed).
 */
export async function feedAnchor(
  position: number
): Promise<{ anchor: FeedAnchor } | { pastTheEnd: true; total: number }> {
  const known = anchors.get(position)
  if (known) return { anchor: known }

  const row = await selectRow<{
    total: number
    version: string
    id: number | null
    published_at: string | null
  }>(sql`
    SELECT t.published::int AS total, t.feed_version::text AS version, anchor.id, anchor.published_at
    FROM article_totals t LEFT JOIN LATERAL (
      SELECT a.id, a.published_at::text AS published_at FROM articles a
      WHERE a.published AND t.published > ${position}
      ORDER BY a.published_at DESC, a.id DESC OFFSET ${position} LIMIT 1
    ) anchor ON TRUE`)
  if (!row?.id || !row.published_at) return { pastTheEnd: true, total: row?.total ?? 0 }

  const anchor = { id: row.id, publishedAt: row.published_at, version: row.version }
  // All remembered positions belong to one version of the feed.
  if ([...anchors.values()].some((other) => other.version !== anchor.version)) forgetFeedAnchors()
  anchors.set(position, anchor)
  return { anchor }
}
