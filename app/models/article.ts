import { ArticleSchema } from '#database/schema'
import db from '@adonisjs/lucid/services/db'
import { belongsTo, hasMany, manyToMany, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany, ManyToMany } from '@adonisjs/lucid/types/relations'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import User from '#models/user'
import Tag from '#models/tag'
import Comment from '#models/comment'

/** Search terms as typed (quotes, OR, -word), parsed the way web search engines do. */
const TSQUERY = "websearch_to_tsquery('english', ?)"

/**
 * A piece of writing: Markdown body, tags, draft or published.
 * Drafts are visible only to their author and to moderators/admins.
 */
export default class Article extends ArticleSchema {
  @belongsTo(() => User, { foreignKey: 'authorId' })
  declare author: BelongsTo<typeof User>

  @manyToMany(() => Tag, {
    pivotTable: 'article_tags',
    pivotForeignKey: 'article_id',
    pivotRelatedForeignKey: 'tag_id',
  })
  declare tags: ManyToMany<typeof Tag>

  @hasMany(() => Comment, { foreignKey: 'articleId' })
  declare comments: HasMany<typeof Comment>

  /**
   * The columns a list needs: all but the body (up to 100 kB) and the
   * search document. Lists never show either.
   */
  static listColumns = scope((query) => {
    query.select(
      [
        'id',
        'author_id',
        'slug',
        'title',
        'description',
        'published',
        'published_at',
        'views',
        'favorites_count',
        'created_at',
        'updated_at',
      ].map((column) => `articles.${column}`)
    )
  })

  /**
   * The published feed at a glance, kept current by database triggers
   * (migration keep_published_article_counts): how many articles it holds,
   * and a version that moves whenever its order changes. One row read.
   */
  static async publishedFeedState(): Promise<{ count: number; version: string }> {
    const totals = await db.from('article_totals').select('published', 'feed_version').first()
    return { count: Number(totals?.published ?? 0), version: String(totals?.feed_version ?? 0) }
  }

  /** Published articles only: what every public list shows. */
  static published = scope((query) => {
    query.where('articles.published', true)
  })

  /**
   * What a viewer may see: published articles, plus their own drafts;
   * moderators and admins see every draft.
   */
  static visibleTo = scope((query, viewer?: User | null) => {
    if (viewer?.isModerator) return
    query.where((visible) => {
      visible.where('articles.published', true)
      if (viewer) visible.orWhere('articles.author_id', viewer.id)
    })
  })

  /** Author and tags, preloaded for any list or page. */
  static withAuthorAndTags = scope((query: ModelQueryBuilderContract<typeof Article>) => {
    query.preload('author').preload('tags', (tags) => tags.orderBy('name', 'asc'))
  })

  /** Newest first: by publication for public lists, by creation otherwise. */
  static newestFirst = scope((query) => {
    query
      .orderByRaw('coalesce(articles.published_at, articles.created_at) desc')
      .orderBy('articles.id', 'desc')
  })

  /** Published lists in publication order; served by the partial index articles_published_feed_index. */
  static newestPublishedFirst = scope((query) => {
    query.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc')
  })

  /** Adds `$extras.comments_count` (visible comments) as a subquery, never one query per article. */
  static withCommentsCount = scope((query: ModelQueryBuilderContract<typeof Article>) => {
    query.withCount('comments', (comments) => comments.where('status', 'visible'))
  })

  /** Articles carrying the tag with this id. */
  static taggedWith = scope((query, tagId: number) => {
    query.whereIn('articles.id', (links) =>
      links.from('article_tags').select('article_id').where('tag_id', tagId)
    )
  })

  /** Articles written by the authors `user` follows ("Your feed"). */
  static feedFor = scope((query, user: User) => {
    query.whereIn('articles.author_id', (follows) =>
      follows.from('follows').select('followed_id').where('follower_id', user.id)
    )
  })

  /** Full-text match on the weighted `search` document (title > description > body). */
  static matching = scope((query, terms: string) => {
    query.whereRaw(`articles.search @@ ${TSQUERY}`, [terms])
  })

  /** Best match first: ts_rank on the weighted document, so title matches lead. */
  static bestMatchFirst = scope((query, terms: string) => {
    query.orderByRaw(`ts_rank(articles.search, ${TSQUERY}) desc`, [terms])
  })

  /**
   * Adds `$extras.snippet`: a ts_headline excerpt whose matches are wrapped in
   * the given markers, for the caller to escape and turn into <mark> (see
   * search_highlight). Costly per row: only for the rows of one page.
   */
  static withSnippet = scope((query, terms: string, markers: { start: string; stop: string }) => {
    query.select(
      query.client.raw(
        `ts_headline('english', articles.description || E'\\n' || articles.body, ${TSQUERY}, ?) as snippet`,
        [
          terms,
          `StartSel=${markers.start}, StopSel=${markers.stop}, MaxFragments=2, MaxWords=30, MinWords=12`,
        ]
      )
    )
  })

  get tagList(): string[] {
    return (this.tags ?? []).map((tag) => tag.name).sort()
  }
}
