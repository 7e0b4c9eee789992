import Tag from '#models/tag'
import { findTag, type TagRow } from '#queries/tags'
import type { HighlightMarkers } from '#services/search_highlight'
import { authorJson, empty, isoTimestamp, join, raw, selectRow, sql, type Sql } from '#queries/sql'
import { digestOf, type ArticleRow, type Page, type PageWindow, type Viewer } from '#queries/shapes'
import {
  feedAnchor,
  forgetFeedAnchors,
  FEED_ANCHOR_STRIDE,
  type FeedAnchor,
} from '#queries/feed_anchors'

/** Search terms as typed (quotes, OR, -word), parsed the way web search engines do. */
const tsquery = (terms: string) => sql`websearch_to_tsquery('english', ${terms})`

export interface ArticleFilters {
  /** A tag: its name as typed (compared trimmed and lower-cased), or the tag already found. */
  tag?: string | TagRow
  /** The writer, by id (pages) or by username in any letter case (API). */
  authorId?: number
  author?: string
  /** Articles a member favorited, by id or username. */
  favoritedBy?: number | string
  /** Articles by the authors this member follows ("Your feed"). */
  followedBy?: number
  /** Full-text search terms. */
  q?: string
  /** Drafts or published articles only (dashboard, admin). */
  status?: 'published' | 'draft'
  /** Ids in (after, through]: the sitemap's parts. */
  ids?: { after: number; through: number }
}

/**
 * Which articles a list may hold, whoever asks. This is the one rule for
 * drafts, on the site and in the API alike:
 * - `public`: published articles only (every feed, tag, search, favorites list);
 * - `writer`: one writer's list (profile page, API `?author=`): their drafts
 *   too, for the writer themselves and for moderators;
 * - `all`: everything (the admin list, the writer's dashboard).
 */
export type ArticleScope = 'public' | 'writer' | 'all'

/**
 * - `newest`: by publication (public lists; served by the published-feed
 *   index), by `coalesce(published_at, created_at)` where drafts may appear;
 * - `created`: by creation (admin);
 * - `bestMatch`: search rank, newer first among equals;
 * - `favorited`: when `favoritedBy` favorited them, latest first;
 * - `id`: ascending ids (sitemaps).
 */
export type ArticleOrder = 'newest' | 'created' | 'bestMatch' | 'favorited' | 'id'

export interface ArticleListQuery {
  filters?: ArticleFilters
  scope?: ArticleScope
  order?: ArticleOrder
  viewer?: Viewer | null
  page: PageWindow
  /** Extra fields per row: the body (Atom), visible comment counts (site lists), search excerpts. */
  include?: {
    body?: boolean
    commentsCount?: boolean
    snippet?: HighlightMarkers
    /** `publishAt`: when a scheduled draft goes out (its writer's pages and the API's single article). */
    schedule?: boolean
  }
  /** Lists that show no total (Atom, sitemaps) skip counting. */
  count?: boolean
  /** Also a digest of the rows exactly as read (`Page#digest`), to keep what is drawn from them. */
  digest?: boolean
}

/**
 * Every article list of the site and the API, in one statement: the page's
 * ids are picked off an index, each row of the page is built as JSON by
 * PostgreSQL (author, tags, the viewer's favorite and follow), and the total
 * comes along, from the kept counters where one fits (the published feed,
 * one tag) or counted. Deep pages of the published feed start from a
 * remembered position (feed_anchors).
 */
export async function listArticles(query: ArticleListQuery): Promise<Page<ArticleRow>> {
  // A tag is looked up first: planned with the tag's own id, PostgreSQL knows
  // from its statistics whether the tag has five articles or fifty thousand
  // (and walks the feed or reads the tag's articles accordingly).
  const { tag } = query.filters ?? {}
  if (typeof tag === 'string' && tag.trim()) {
    const name = Tag.normalizeNames([tag])[0] ?? ''
    const found = await findTag(name)
    if (!found) return { rows: [], total: 0 }
    query = { ...query, filters: { ...query.filters, tag: found } }
  }
  const plan = planOf(query)
  if (plan.isPublishedFeed && query.page.offset >= FEED_ANCHOR_STRIDE) {
    return publishedFeedPage(plan, query)
  }
  return run(plan, query, null)
}

interface Plan {
  where: Sql
  joins: Sql
  sortKeys: { expression: Sql; direction: 'ASC' | 'DESC' }[]
  total: Sql
  isPublishedFeed: boolean
  countsInPage: boolean
  /** A tag, search terms, a member's favorites or follows: how many rows match decides the plan. */
  selectivityMatters: boolean
}

async function run(plan: Plan, query: ArticleListQuery, anchor: FeedAnchor | null) {
  const { limit, offset } = query.page
  const start = anchor
    ? sql` AND (a.published_at, a.id) <= (${anchor.publishedAt}::timestamptz, ${anchor.id})`
    : empty
  const keys = join(
    plan.sortKeys.map((key, index) => sql`${key.expression} AS k${raw(String(index))}`),
    ', '
  )
  const order = (alias: string) =>
    raw(plan.sortKeys.map((key, index) => `${alias}k${index} ${key.direction}`).join(', '))
  const statement = sql`
    WITH page AS MATERIALIZED (
      SELECT a.id, ${keys}${plan.countsInPage ? raw(', count(*) OVER () AS matches') : empty}
      FROM articles a ${plan.joins}
      WHERE ${plan.where}${start}
      ORDER BY ${order('')}
      LIMIT ${limit} OFFSET ${anchor ? offset % FEED_ANCHOR_STRIDE : offset}
    )
    SELECT ${plan.total}::int AS total,
      ${anchor ? raw('(SELECT feed_version::text FROM article_totals)') : raw('NULL')} AS version,
      coalesce((
        SELECT json_agg((
          SELECT ${articleJson(query.viewer, query.include, query.filters?.q)}
          FROM articles a WHERE a.id = page.id
        ) ORDER BY ${order('page.')})
        FROM page
      ), '[]'::json)${query.digest ? raw('::text') : empty} AS rows`
  const result = await selectRow<{
    total: number | null
    version: string | null
    rows: ArticleRow[] | string
  }>(statement, { planFor: plan.selectivityMatters ? 'values' : 'statement' })
  const { rows, total, version } = result!
  const page = { total: total ?? 0, version }
  // Asked for a digest, the rows come as the JSON text PostgreSQL wrote.
  return typeof rows === 'string'
    ? { ...page, rows: JSON.parse(rows) as ArticleRow[], digest: digestOf(rows) }
    : { ...page, rows }
}

/**
 * The published feed past its first pages: the page starts from the
 * remembered position below it, checked against the feed's version in the
 * same statement (a stale position means the feed changed: forget them all
 * and read again).
 */
async function publishedFeedPage(plan: Plan, query: ArticleListQuery): Promise<Page<ArticleRow>> {
  const position = query.page.offset - (query.page.offset % FEED_ANCHOR_STRIDE)
  for (let attempt = 0; attempt < 2; attempt++) {
    const found = await feedAnchor(position)
    if ('pastTheEnd' in found) return { rows: [], total: found.total }
    const page = await run(plan, query, found.anchor)
    if (page.version === found.anchor.version) return page
    forgetFeedAnchors()
  }
  return run(plan, query, null)
}

/**
 * Articles row `a` as an ArticleRow (its author and tags looked up by id): what cards, the article
 * page and the API show, with the viewer's favorite and follow.
 */
export function articleJson(
  viewer: Viewer | null | undefined,
  include: ArticleListQuery['include'] = {},
  q?: string
) {
  const viewerId = viewer?.id ?? null
  const favorited =
    viewerId === null
      ? raw('false')
      : sql`EXISTS (SELECT 1 FROM favorites f WHERE f.article_id = a.id AND f.user_id = ${viewerId})`
  const extras = [
    include.body ? sql`'body', a.body` : null,
    include.schedule ? sql`'publishAt', ${isoTimestamp('a.publish_at')}` : null,
    include.commentsCount
      ? sql`'commentsCount', (SELECT count(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'visible')`
      : null,
    include.snippet && q
      ? sql`'snippet', ts_headline('english', a.description || E'\\n' || a.body, ${tsquery(q)},
          ${`StartSel=${include.snippet.start}, StopSel=${include.snippet.stop}, MaxFragments=2, MaxWords=30, MinWords=12`})`
      : null,
  ].filter((extra): extra is Sql => extra !== null)
  return sql`json_build_object(
    'id', a.id, 'authorId', a.author_id, 'slug', a.slug, 'title', a.title,
    'description', a.description, 'coverImage', a.cover_image,
    'tagList', ARRAY(SELECT (SELECT t.name FROM tags t WHERE t.id = at.tag_id) AS name
                     FROM article_tags at WHERE at.article_id = a.id ORDER BY name),
    'published', a.published,
    'publishedAt', ${isoTimestamp('a.published_at')},
    'createdAt', ${isoTimestamp('a.created_at')},
    'updatedAt', ${isoTimestamp('coalesce(a.updated_at, a.created_at)')},
    'views', a.views, 'favoritesCount', a.favorites_count, 'wordCount', a.word_count,
    'favorited', ${favorited},
    'author', (SELECT ${authorJson('u', viewerId)} FROM users u WHERE u.id = a.author_id)
    ${extras.length ? sql`, ${join(extras, ', ')}` : empty})`
}

function planOf(query: ArticleListQuery): Plan {
  const filters = activeFilters(query.filters ?? {})
  const scope = query.scope ?? 'public'
  const order = query.order ?? (filters.q ? 'bestMatch' : 'newest')
  const conditions: Sql[] = []
  let joins: Sql = empty

  // listArticles has looked the tag up by now.
  const tag = typeof filters.tag === 'object' ? filters.tag : undefined
  const memberId = (member: number | string) =>
    typeof member === 'number'
      ? sql`${member}`
      : sql`(SELECT id FROM users WHERE lower(username) = lower(${member}))`

  conditions.push(...scopeConditions(scope, query.viewer ?? null))
  if (filters.status) conditions.push(sql`a.published = ${filters.status === 'published'}`)
  if (filters.authorId !== undefined) conditions.push(sql`a.author_id = ${filters.authorId}`)
  if (filters.author) conditions.push(sql`a.author_id = ${memberId(filters.author)}`)
  if (tag) {
    conditions.push(
      sql`a.id IN (SELECT at.article_id FROM article_tags at WHERE at.tag_id = ${tag.id})`
    )
  }
  if (filters.favoritedBy !== undefined) {
    if (order === 'favorited') {
      joins = sql`JOIN favorites fav ON fav.article_id = a.id AND fav.user_id = ${memberId(filters.favoritedBy)}`
    } else {
      conditions.push(
        sql`a.id IN (SELECT article_id FROM favorites WHERE user_id = ${memberId(filters.favoritedBy)})`
      )
    }
  }
  if (filters.followedBy !== undefined) {
    conditions.push(
      sql`a.author_id IN (SELECT followed_id FROM follows WHERE follower_id = ${filters.followedBy})`
    )
  }
  if (filters.q) conditions.push(sql`a.search @@ ${tsquery(filters.q)}`)
  if (filters.ids) {
    conditions.push(sql`a.id > ${filters.ids.after} AND a.id <= ${filters.ids.through}`)
  }
  const where = conditions.length ? join(conditions, ' AND ') : raw('TRUE')

  const publishedOnly = scope === 'public' || filters.status === 'published'
  const filterNames = Object.keys(filters)
  const isPublishedFeed = scope === 'public' && order === 'newest' && filterNames.length === 0
  const countsInPage = order === 'bestMatch'
  let total: Sql
  if (query.count === false) total = raw('NULL')
  else if (isPublishedFeed) total = raw('(SELECT published FROM article_totals)')
  else if (scope === 'public' && tag && filterNames.length === 1) {
    // One tag alone: its kept counter, read with the tag.
    total = sql`${tag.count}`
  } else {
    const counted = sql`(SELECT count(*) FROM articles a ${joins} WHERE ${where})`
    // Ranking reads every match anyway: the page carries their number (past the end, count).
    total = countsInPage ? sql`coalesce((SELECT matches FROM page LIMIT 1), ${counted})` : counted
  }

  return {
    where,
    joins,
    sortKeys: sortKeys(order, publishedOnly, filters),
    total,
    isPublishedFeed,
    countsInPage,
    selectivityMatters: ['tag', 'q', 'favoritedBy', 'followedBy'].some((name) => name in filters),
  }
}

/** The filters that filter: an empty or blank text is no filter (as RealWorld clients send them). */
function activeFilters(filters: ArticleFilters): ArticleFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(
      ([, value]) =>
        value !== undefined && value !== null && (typeof value !== 'string' || value.trim())
    )
  )
}

function scopeConditions(scope: ArticleScope, viewer: Viewer | null): Sql[] {
  if (scope === 'all') return []
  if (scope === 'writer' && viewer?.isModerator) return []
  if (scope === 'writer' && viewer) return [sql`(a.published OR a.author_id = ${viewer.id})`]
  return [raw('a.published')]
}

function sortKeys(order: ArticleOrder, publishedOnly: boolean, filters: ArticleFilters) {
  const desc = (expression: Sql) => ({ expression, direction: 'DESC' as const })
  // Published lists follow the published-feed index; where drafts may
  // appear, a draft is placed by when it was written.
  const newest = publishedOnly
    ? raw('a.published_at')
    : raw('coalesce(a.published_at, a.created_at)')
  switch (order) {
    case 'created':
      return [desc(raw('a.created_at')), desc(raw('a.id'))]
    case 'bestMatch':
      return [
        desc(sql`ts_rank(a.search, ${tsquery(filters.q ?? '')})`),
        desc(newest),
        desc(raw('a.id')),
      ]
    case 'favorited':
      return [desc(raw('fav.created_at')), desc(raw('a.id'))]
    case 'id':
      return [{ expression: raw('a.id'), direction: 'ASC' as const }]
    default:
      return [desc(newest), desc(raw('a.id'))]
  }
}
