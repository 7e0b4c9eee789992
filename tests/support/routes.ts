import router from '@adonisjs/core/services/router'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { UserFactory } from '#database/factories/user_factory'

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
