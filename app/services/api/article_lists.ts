import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Article from '#models/article'
import Tag from '#models/tag'
import type User from '#models/user'
import ArticleTransformer, { type ArticleViewerFlags } from '#transformers/article_transformer'
import { favoritedArticleIds, followedUserIds } from '#services/viewer_relations'

export interface ArticleFilters {
  tag?: string
  author?: string
  favorited?: string
  q?: string
}

export interface Page {
  limit: number
  offset: number
}

export interface ArticlePage {
  articles: Article[]
  /** How many articles match the filters, all pages together. */
  total: number
}

/**
 * The JSON API's article lists, in a constant number of queries whatever the
 * page size: the page (with author and tags preloaded) and a count over the
 * same filters. Filters are subqueries, so an unknown tag or username simply
 * matches nothing (an empty one is no filter). Ordered newest first, or best match first with `q`.
 */
export async function listArticles(viewer: User | null, filters: ArticleFilters, page: Page) {
  const filtered = () => {
    const query = Article.query()
    // Drafts show up only for their author (moderators use the admin area).
    query.where((visible) => {
      visible.where('articles.published', true)
      if (viewer) visible.orWhere('articles.author_id', viewer.id)
    })
    if (filters.tag) {
      query.whereIn(
        'articles.id',
        db
          .from('article_tags')
          .join('tags', 'tags.id', 'article_tags.tag_id')
          .where('tags.name', Tag.normalizeNames([filters.tag])[0] ?? '')
          .select('article_tags.article_id')
      )
    }
    if (filters.author) {
      query.whereIn('articles.author_id', usersNamed(filters.author))
    }
    if (filters.favorited) {
      query.whereIn(
        'articles.id',
        db.from('favorites').whereIn('user_id', usersNamed(filters.favorited)).select('article_id')
      )
    }
    if (filters.q) {
      query.whereRaw(`articles.search @@ websearch_to_tsquery('english', ?)`, [filters.q])
    }
    return query
  }

  const rows = filtered()
  if (filters.q) {
    rows.orderByRaw(`ts_rank(articles.search, websearch_to_tsquery('english', ?)) desc`, [
      filters.q,
    ])
  }
  // Guests see published articles only, an order the published-feed index serves.
  rows.withScopes((scopes) => (viewer ? scopes.newestFirst() : scopes.newestPublishedFirst()))
  return paginate(rows, filtered(), page)
}

/** Published articles by the authors the viewer follows, newest first. */
export async function listFeed(viewer: User, page: Page) {
  const filtered = () =>
    Article.query()
      .where('articles.published', true)
      .withScopes((scopes) => scopes.feedFor(viewer))
  return paginate(
    filtered().withScopes((scopes) => scopes.newestPublishedFirst()),
    filtered(),
    page
  )
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

async function paginate(
  rows: ModelQueryBuilderContract<typeof Article>,
  count: ModelQueryBuilderContract<typeof Article>,
  page: Page
): Promise<ArticlePage> {
  // Deep pages: walk the index for ids only, then load just those rows
  // (a deferred join), instead of reading and discarding `offset` full rows.
  const pageIds = (await rows.select('articles.id').limit(page.limit).offset(page.offset)).map(
    (row) => row.id
  )
  const loaded = pageIds.length
    ? await Article.query()
        .whereIn('articles.id', pageIds)
        .withScopes((scopes) => scopes.withAuthorAndTags())
    : []
  const position = new Map(pageIds.map((id, index) => [id, index]))
  const articles = loaded.sort((a, b) => position.get(a.id)! - position.get(b.id)!)

  const [counted] = await count.count('* as total')
  return { articles, total: Number(counted.$extras.total) }
}

/** `{article}` as one viewer sees it (their favorite and follow flags included). */
export async function articleResponse(article: Article, viewer: User | null) {
  const flags = await articleFlags(viewer, [article])
  return { article: ArticleTransformer.article(article, flags(article)) }
}
