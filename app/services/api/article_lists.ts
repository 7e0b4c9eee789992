import db from '@adonisjs/lucid/services/db'
import Article from '#models/article'
import Tag from '#models/tag'
import type User from '#models/user'
import ArticleTransformer, { type ArticleViewerFlags } from '#transformers/article_transformer'
import { favoritedArticleIds, followedUserIds } from '#services/viewer_relations'
import {
  articlesPage,
  countArticles,
  countedArticlesPage,
  type ArticlePage,
  type PageWindow,
  publishedFeedPage,
} from '#services/article_paging'

export interface ArticleFilters {
  tag?: string
  author?: string
  favorited?: string
  q?: string
}

/**
 * The JSON API's article lists, in a constant number of queries whatever the
 * page size or the data size: the page (ids first, then the rows with author
 * and tags) and its total. Lists hold published articles; a signed-in
 * writer's own list (`author` naming them) holds their drafts too. Filters
 * are subqueries, so an unknown tag or username simply matches nothing (an
 * empty one is no filter). Ordered newest first, or best match first with `q`.
 */
export async function listArticles(
  viewer: User | null,
  filters: ArticleFilters,
  page: PageWindow
): Promise<ArticlePage> {
  if (!filters.tag && !filters.author && !filters.favorited && !filters.q) {
    return publishedFeedPage(page)
  }

  let tag: Tag | null = null
  if (filters.tag) {
    const [name] = Tag.normalizeNames([filters.tag])
    tag = name ? await Tag.findBy('name', name) : null
    if (!tag) return { articles: [], total: 0 }
  }
  const ownList = !!viewer && filters.author?.toLowerCase() === viewer.username.toLowerCase()

  const matching = () => {
    const query = Article.query()
    // A writer's own list is all of their articles, drafts included.
    if (ownList) query.where('articles.author_id', viewer!.id)
    else query.withScopes((scopes) => scopes.published())
    if (tag) query.withScopes((scopes) => scopes.taggedWith(tag.id))
    if (filters.author && !ownList) {
      query.whereIn('articles.author_id', usersNamed(filters.author))
    }
    if (filters.favorited) {
      query.whereIn(
        'articles.id',
        db.from('favorites').whereIn('user_id', usersNamed(filters.favorited)).select('article_id')
      )
    }
    if (filters.q) query.withScopes((scopes) => scopes.matching(filters.q!))
    return query
  }

  const ordered = matching()
  if (filters.q) ordered.withScopes((scopes) => scopes.bestMatchFirst(filters.q!))
  // Published lists follow the published-feed index; a writer's own list
  // places drafts by when they were written.
  ordered.withScopes((scopes) => (ownList ? scopes.newestFirst() : scopes.newestPublishedFirst()))

  // Ranking reads every match anyway: the same pass counts them.
  if (filters.q) return countedArticlesPage(ordered, page, () => countArticles(matching()))

  const articles = await articlesPage(ordered, page)
  // A tag alone is counted by its kept counter; author and favorites filters
  // narrow the list to what one index reads quickly.
  if (tag && !filters.author && !filters.favorited) {
    return { articles, total: tag.publishedArticlesCount }
  }
  return { articles, total: await countArticles(matching()) }
}

/** Published articles by the authors the viewer follows, newest first. */
export async function listFeed(viewer: User, page: PageWindow): Promise<ArticlePage> {
  const followed = () =>
    Article.query()
      .where('articles.published', true)
      .withScopes((scopes) => scopes.feedFor(viewer))
  const articles = await articlesPage(
    followed().withScopes((scopes) => scopes.newestPublishedFirst()),
    page
  )
  return { articles, total: await countArticles(followed()) }
}

/** The viewer's favorite and follow flags for a page of articles: two queries in all. */
export async function articleFlags(viewer: User | null, articles: Article[]) {
  // One after the other: inside a transaction both would share one connection.
  const favorited = await favoritedArticleIds(
    viewer,
    articles.map((article) => article.id)
  )
  const followed = await followedUserIds(viewer, [
    ...new Set(articles.map((article) => article.authorId)),
  ])
  return (article: Article): ArticleViewerFlags => ({
    favorited: favorited.has(article.id),
    following: followed.has(article.authorId),
  })
}

function usersNamed(username: string) {
  return db.from('users').whereRaw('lower(username) = lower(?)', [username]).select('id')
}

/** `{articles, articlesCount}` as one viewer sees them (their favorite and follow flags included). */
export async function articleListResponse(viewer: User | null, { articles, total }: ArticlePage) {
  const flags = await articleFlags(viewer, articles)
  return {
    articles: articles.map((article) => ArticleTransformer.listItem(article, flags(article))),
    articlesCount: total,
  }
}

/** `{article}` as one viewer sees it (their favorite and follow flags included). */
export async function articleResponse(article: Article, viewer: User | null) {
  const flags = await articleFlags(viewer, [article])
  return { article: ArticleTransformer.article(article, flags(article)) }
}
