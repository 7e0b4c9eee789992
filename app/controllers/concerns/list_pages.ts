import { paginate, type Page } from '#queries/shapes'
import { ADMIN_PER_PAGE } from '#queries/admin'

/** A list's validated query string: the page, and the filters its links must keep. */
export type ListQuery = { page: number } & Record<string, string | number | null | undefined>

/**
 * Page `query.page` of a list read `perPage` rows at a time, as
 * components/pagination.edge walks it: every link leads to `url` with the
 * list's filters (a filter left empty stays out of the links).
 */
export function listPage<Row>(list: Page<Row>, query: ListQuery, perPage: number, url: string) {
  const { page, ...filters } = query
  const kept = Object.fromEntries(
    Object.entries(filters).filter(
      ([, value]) => value !== undefined && value !== null && value !== ''
    )
  )
  return paginate(list, page, perPage).baseUrl(url).queryString(kept)
}

/** An admin list: `read` (app/queries/admin) fetches page `query.page`, ADMIN_PER_PAGE rows long. */
export async function adminListPage<Query extends ListQuery, Row>(
  read: (query: Query) => Promise<Page<Row>>,
  query: Query,
  url: string
) {
  return listPage(await read(query), query, ADMIN_PER_PAGE, url)
}
