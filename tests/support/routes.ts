import router from '@adonisjs/core/services/router'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { UserFactory } from '#database/factories/user_factory'

/**
 * The path of a named route: `urlFor('articles.edit', { slug })`,
 * `urlFor('main.search', {}, { qs: { q } })`. Tests of the site's pages and
 * forms name their routes, as templates and redirects do, so a renamed path
 * needs no test edits and a renamed route fails loudly. Call it inside a
 * test or hook, never at a module's top level: the routes are committed when
 * the suite's HTTP server starts, after the spec files are loaded.
 *
 * Paths that are themselves public contracts stay literal in tests, since
 * changing them breaks someone outside the app:
 * - the RealWorld JSON API (`/api/v1/...`) and its OpenAPI document;
 * - the Atom feed (`/feed.xml`), `robots.txt` and the sitemaps (`/sitemap.xml`,
 *   `/sitemaps/...`): read by feed readers and crawlers;
 * - the health probes (`/health/live`, `/health/ready`): load balancers;
 * - image addresses stored in rows (`/uploads/...`) and `/avatars/<name>.svg`,
 *   which API answers hand out;
 * - deliberately malformed or unknown paths (what is tested is the path itself).
 */
export { urlFor }

export interface AppRoute {
  name: string
  pattern: string
  method: string
}

/** Every route the router knows, one entry per method (HEAD left out). */
export function allRoutes(): AppRoute[] {
  return Object.values(router.toJSON())
    .flat()
    .flatMap((route) =>
      route.methods
        .filter((method) => method !== 'HEAD')
        .map((method) => ({ name: route.name ?? '', pattern: route.pattern, method }))
    )
}

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * A small world with one of everything, so any route pattern can be
 * filled with values that exist: an author with a published article, a
 * comment on it, a tag, and an admin.
 */
export async function createWorld() {
  const admin = await UserFactory.apply('admin').create()
  const author = await UserFactory.create()
  const stranger = await UserFactory.create()
  const article = await ArticleFactory.merge({ authorId: author.id }).with('tags', 1).create()
  await article.load('tags')
  const comment = await CommentFactory.merge({
    articleId: article.id,
    authorId: author.id,
  }).create()
  return { admin, author, stranger, article, comment, tag: article.tags[0] }
}

export type World = Awaited<ReturnType<typeof createWorld>>

/** The URL for a route pattern, its parameters taken from the world. */
export function fill(
  pattern: string,
  world: World,
  overrides: Record<string, string | number> = {}
) {
  const values: Record<string, string | number> = {
    slug: world.article.slug,
    id: world.comment.id,
    username: world.author.username,
    name: world.tag.name,
    location: 'Berlin',
    file: 'swagger-ui.css',
    ...overrides,
  }
  // Admin article routes take the article's id, not a comment's.
  if (pattern.startsWith('/admin/articles/')) values.id = overrides.id ?? world.article.id
  if (pattern.startsWith('/admin/users/')) values.id = overrides.id ?? world.stranger.id
  return pattern.replace(/:(\w+)\??/g, (_, param: string) =>
    encodeURIComponent(String(values[param] ?? 'x'))
  )
}
