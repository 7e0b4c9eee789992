import { BasePolicy, allowGuest } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Article from '#models/article'

/**
 * What the rules look at: models (writes) and article rows from app/queries
 * (templates, e.g. `@can('ArticlePolicy.update', article)`) both carry it.
 */
type ArticleSubject = Pick<Article, 'authorId' | 'published'>

/** Who may read and change an article. */
export default class ArticlePolicy extends BasePolicy {
  /** Drafts: their author and moderators only. */
  @allowGuest()
  view(user: User | null, article: ArticleSubject): AuthorizerResponse {
    return article.published || (!!user && (user.id === article.authorId || user.isModerator))
  }

  create(user: User): AuthorizerResponse {
    return user.isActive
  }

  /** Editing stays with the author. */
  update(user: User, article: ArticleSubject): AuthorizerResponse {
    return user.id === article.authorId
  }

  /** Earlier versions: the author and moderators list, compare and restore them. */
  manageRevisions(user: User, article: ArticleSubject): AuthorizerResponse {
    return user.id === article.authorId || user.isModerator
  }

  /** The author, or a moderator removing it. */
  delete(user: User, article: ArticleSubject): AuthorizerResponse {
    return user.id === article.authorId || user.isModerator
  }

  /** Moderators take articles off the public site without deleting them. */
  unpublish(user: User, _article: ArticleSubject): AuthorizerResponse {
    return user.isModerator
  }
}
