import db from '@adonisjs/lucid/services/db'
import Article from '#models/article'
import Tag from '#models/tag'
import type User from '#models/user'
import ArticleTransformer, { type ArticleViewerFlags } from '#transformers/article_transformer'
import { favoritedArticleIds, followedUserIds } from '#services/viewer_relations'
import {
  type ArticleQuery,
  articlesPage,
  countArticles,
  countedArticlesPage,
  type PageWindow,
  publishedFeedPage,
} from '#services/article_paging'

export interface ArticleFilters {
  tag?: string
  author?: string
  favorited?: string
  q?: string
}

export interface ArticlePage {
  articles: Article[]
  /** How many articles match the filters, all pages together. */
  total: number
}

/**
 * The JSON API's article lists, in a constant number of queries whatever the
 * page size or the data size: the page (ids first, then the rows with author
 * and tags) and its total. Filters are subqueries, so an unknown tag or
 * username simply matches nothing (an empty one is no filter). Ordered
 * newest first, or best match first with `q`.
 */
export async function listArticles(
  viewer: User | null,
  filters: ArticleFilters,
  page: PageWindow
): Promise<ArticlePage> {
  const unfiltered = !filters.tag && !filters.author && !filters.favorited && !filters.q
  if (!viewer && unfiltered) return publishedFeedPage(page)

  let tag: Tag | null = null
  if (filters.tag) {
    const [name] = Tag.normalizeNames([filters.tag])
    tag = name ? await Tag.findBy('name', name) : null
    if (!tag) return { articles: [], total: 0 }
  }

  const matching = (query: ArticleQuery) => {
    if (tag) query.withScopes((scopes) => scopes.taggedWith(tag.id))
    if (filters.author) query.whereIn('articles.author_id', usersNamed(filters.author))
    if (filters.favorited) {
      query.whereIn(
        'articles.id',
        db.from('favorites').whereIn('user_id', usersNamed(filters.favorited)).select('article_id')
      )
    }
    if (filters.q) query.withScopes((scopes) => scopes.matching(filters.q!))
    return query
  }
  // Drafts show up only for their author (moderators use the admin area).
  const visible = () =>
    matching(
      Article.query().where((query) => {
        query.where('articles.published', true)
        if (viewer) query.orWhere('articles.author_id', viewer.id)
      })
    )

  const ordered = visible()
  if (filters.q) ordered.withScopes((scopes) => scopes.bestMatchFirst(filters.q!))
  // Guests see published articles only, an order the published-feed index serves.
  ordered.withScopes((scopes) => (viewer ? scopes.newestFirst() : scopes.newestPublishedFirst()))

  // Ranking reads every match anyway: the same pass counts them.
  if (filters.q) return countedArticlesPage(ordered, page, () => countArticles(visible()))

  const articles = await articlesPage(ordered, page)
  // Author and favorites filters narrow the list to what one index reads
  // quickly: those are counted. Otherwise the published articles come from
  // the kept counters (the site's, or the tag's) and only the viewer's own
  // drafts are counted.
  if (filters.author || filters.favorited) {
    return { articles, total: await countArticles(visible()) }
  }
  const published = tag ? tag.publishedArticlesCount : (await Article.publishedFeedState()).count
  const ownDrafts = viewer
    ? await countArticles(
        matching(
          Article.query().where('articles.author_id', viewer.id).where('articles.published', false)
        )
      )
    : 0
  return { articles, total: published + ownDrafts }
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

/** `{article}` as one viewer sees it (their favorite and follow flags included). */
export async function articleResponse(article: Article, viewer: User | null) {
  const flags = await articleFlags(viewer, [article])
  return { article: ArticleTransformer.article(article, flags(article)) }
}
