import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import Article from '#models/article'
import User from '#models/user'

/**
 * The reader behind an optional token (GET endpoints). No Authorization
 * header means a guest; a bad, revoked or expired token is a 401, so a
 * client learns its session is over instead of silently seeing a guest's
 * view; a deactivated account reads as a guest.
 */
export async function optionalViewer({ request, auth }: HttpContext): Promise<User | null> {
  if (!request.header('authorization')) return null
  const user = await auth.use('api').authenticate()
  return user.isActive ? user : null
}

/** An article the viewer may see, with author and tags; someone else's draft is a 404 too. */
export async function findArticleOrFail(slug: string, viewer: User | null) {
  const article = await Article.query()
    .where('slug', slug)
    .withScopes((scopes) => {
      scopes.visibleTo(viewer)
      scopes.withAuthorAndTags()
    })
    .first()
  if (!article) throw new Exception('Article not found', { status: 404, code: 'E_NOT_FOUND' })
  return article
}

/** A member by username, compared case-insensitively. */
export async function findUserOrFail(username: string) {
  const user = await User.findByUsername(username)
  if (!user) throw new Exception('Profile not found', { status: 404, code: 'E_NOT_FOUND' })
  return user
}
