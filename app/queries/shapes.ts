import { hash } from 'node:crypto'
import { Exception } from '@adonisjs/core/exceptions'
import { SimplePaginator } from '@adonisjs/lucid/database'

/*
|--------------------------------------------------------------------------
| What reads return
|--------------------------------------------------------------------------
|
| Reads answer with plain data built by PostgreSQL (json_build_object), not
| with Lucid models: no model, no luxon object per row. Dates are ISO 8601
| strings in UTC with milliseconds, exactly as the API prints them.
|
*/

/** Who is reading: their id decides `favorited`/`following` and which drafts they see. */
export interface Viewer {
  id: number
  isModerator: boolean
}

export interface AuthorRow {
  id: number
  username: string
  bio: string | null
  image: string | null
  /** Whether the viewer follows this author (false for guests). */
  following: boolean
}

export interface ArticleRow {
  id: number
  authorId: number
  slug: string
  title: string
  description: string
  /** The path of its uploaded cover image (see #services/images), or null. */
  coverImage: string | null
  tagList: string[]
  published: boolean
  publishedAt: string | null
  createdAt: string
  updatedAt: string
  views: number
  favoritesCount: number
  /** Words in the body (kept by PostgreSQL), for the reading time. */
  wordCount: number
  /** Whether the viewer favorited it (false for guests). */
  favorited: boolean
  author: AuthorRow
  /** Only where asked for: the article page and the API's single article, the Atom feed. */
  body?: string
  /** A scheduled draft's publication time (ISO, UTC), where asked for (include.schedule). */
  publishAt?: string | null
  /** Visible comments, where a list shows them. */
  commentsCount?: number
  /** A search excerpt with match markers (see search_highlight), on search results. */
  snippet?: string | null
}

export interface CommentRow {
  id: number
  articleId: number
  /** The first comment of its thread, for a reply; null for a first comment. */
  parentId: number | null
  authorId: number
  body: string
  status: 'visible' | 'hidden'
  isHidden: boolean
  createdAt: string
  updatedAt: string
  author: AuthorRow
}

/**
 * A thread on the article page: a first comment and its replies. When the
 * viewer may not see the first comment but sees a reply, the first comment
 * is a placeholder (`removed`), with neither text nor author.
 */
export type ThreadRow =
  | (CommentRow & { removed?: undefined; replies: CommentRow[] })
  | { id: number; removed: true; createdAt: string; replies: CommentRow[] }

export interface ProfileRow extends AuthorRow {}

/** The text an article had before a save, with who saved over it and when. */
export interface RevisionRow {
  id: number
  articleId: number
  title: string
  description: string
  body: string
  tags: string[]
  createdAt: string
  /** Null once the editor's account is gone. */
  editor: { id: number; username: string } | null
}

/** One page of a list, and how many items the whole list holds. */
export interface Page<Row> {
  rows: Row[]
  total: number
  /**
   * A digest of the rows exactly as read, when the read was asked for one:
   * what is drawn from these rows alone may be kept under it
   * (app/services/rendered_fragments.ts), since any change to them changes it.
   */
  digest?: string
}

/** The digest of rows read as JSON text (`Page#digest`). */
export function digestOf(json: string) {
  return hash('sha256', json, 'base64url')
}

/**
 * Rows PostgreSQL wrote as one JSON text, parsed on first use: HTML kept
 * under their `digest` (app/services/rendered_fragments.ts) is reused
 * without parsing them.
 */
export class JsonRows<Row> {
  readonly digest: string
  #rows: Row[] | undefined

  constructor(readonly json: string) {
    this.digest = digestOf(json)
  }

  get rows(): Row[] {
    return (this.#rows ??= JSON.parse(this.json) as Row[])
  }
}

export interface PageWindow {
  limit: number
  offset: number
}

/** Articles per page on the site's lists (home, your feed, tags, profiles, search). */
export const ARTICLES_PER_PAGE = 10

/** The limit and offset of page `page` (from 1). */
export function pageWindow(page: number, perPage: number): PageWindow {
  return { limit: perPage, offset: (page - 1) * perPage }
}

/**
 * Page `currentPage` of a list read with `pageWindow(currentPage, perPage)`,
 * as the paginator components/pagination.edge walks (set its links with
 * `.baseUrl()` and `.queryString()`).
 */
export function paginate<Row>({ rows, total }: Page<Row>, currentPage: number, perPage: number) {
  return new SimplePaginator(total, perPage, currentPage, ...rows)
}

/** Every "not found" of the read layer, site and API alike: one status, one code. */
export function notFound(what: 'Article' | 'Profile' | 'Comment' | 'Tag' | 'Revision') {
  return new Exception(`${what} not found`, { status: 404, code: 'E_NOT_FOUND' })
}

/** Ids are PostgreSQL `integer`s: a larger number names no row (and must not reach the database). */
export function isRowId(id: unknown): id is number {
  return Number.isSafeInteger(id) && (id as number) > 0 && (id as number) <= 2_147_483_647
}

/** `row`, or the 404 for `what`. */
export function found<Row>(row: Row | null | undefined, what: Parameters<typeof notFound>[0]) {
  if (row === null || row === undefined) throw notFound(what)
  return row
}
