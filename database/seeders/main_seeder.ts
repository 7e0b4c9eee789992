import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DateTime } from 'luxon'
import User from '#models/user'
import Article from '#models/article'
import { demoPlan } from '#database/demo/plan'

/** Every demo account signs in with this password (README lists the accounts). */
export const DEMO_PASSWORD = 'password123'

/**
 * The demo site: 12 people (admin, moderator, members), 64 articles with tags
 * and Markdown bodies (a few drafts), comments (two hidden), favorites and
 * follows. Idempotent: people are matched by e-mail, articles by slug,
 * comments by (article, author, text), and links are inserted with
 * ON CONFLICT DO NOTHING, so running `node ace db:seed` again changes nothing.
 * The content comes from a fixed faker seed, so every run plans the same site.
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    const plan = demoPlan()
    const client = this.client

    const users = new Map<string, User>()
    for (const person of plan.people) {
      const user = await User.firstOrCreate(
        { email: person.email },
        // Demo addresses count as confirmed, so notification e-mails reach the dev mailbox.
        { ...person, password: DEMO_PASSWORD, isActive: true, emailVerifiedAt: DateTime.now() },
        { client }
      )
      users.set(person.username, user)
    }

    const now = DateTime.now().startOf('hour')
    const articles = new Map<string, Article>()
    for (const draft of plan.articles) {
      const publishedAt = draft.published ? now.minus({ hours: draft.hoursAgo }) : null
      const article = await Article.firstOrCreate(
        { slug: draft.slug },
        {
          authorId: users.get(draft.author)!.id,
          title: draft.title,
          description: draft.description,
          body: draft.body,
          published: draft.published,
          publishedAt,
          views: draft.published ? draft.views : 0,
          createdAt: now.minus({ hours: draft.hoursAgo + 20 }),
          updatedAt: publishedAt ?? now.minus({ hours: draft.hoursAgo }),
        },
        { client }
      )
      articles.set(draft.slug, article)
    }

    const tagNames = [...new Set(plan.articles.flatMap((draft) => draft.tags))]
    await client
      .insertQuery()
      .table('tags')
      .multiInsert(tagNames.map((name) => ({ name })))
      .onConflict('name')
      .ignore()
    const tagRows = await client.from('tags').whereIn('name', tagNames).select('id', 'name')
    const tagIds = new Map(tagRows.map((row) => [row.name as string, row.id as number]))
    await client
      .insertQuery()
      .table('article_tags')
      .multiInsert(
        plan.articles.flatMap((draft) =>
          draft.tags.map((name) => ({
            article_id: articles.get(draft.slug)!.id,
            tag_id: tagIds.get(name)!,
          }))
        )
      )
      .onConflict(['article_id', 'tag_id'])
      .ignore()

    const articleIds = [...articles.values()].map((article) => article.id)
    const existing = await client
      .from('comments')
      .whereIn('article_id', articleIds)
      .select('article_id', 'author_id', 'body')
    const seen = new Set(existing.map((row) => `${row.article_id}:${row.author_id}:${row.body}`))
    const newComments = plan.comments
      .map((comment) => {
        const article = articles.get(comment.slug)!
        const date = (article.publishedAt ?? article.createdAt)
          .plus({ hours: comment.hoursAfter })
          .toJSDate()
        return {
          article_id: article.id,
          author_id: users.get(comment.author)!.id,
          body: comment.body,
          status: comment.hidden ? 'hidden' : 'visible',
          created_at: date,
          updated_at: date,
        }
      })
      .filter((row) => !seen.has(`${row.article_id}:${row.author_id}:${row.body}`))
    if (newComments.length) await client.insertQuery().table('comments').multiInsert(newComments)

    // The favorites trigger fires only for rows really inserted, so favorites_count stays right.
    await client
      .insertQuery()
      .table('favorites')
      .multiInsert(
        plan.favorites.map(([username, slug]) => ({
          user_id: users.get(username)!.id,
          article_id: articles.get(slug)!.id,
        }))
      )
      .onConflict(['user_id', 'article_id'])
      .ignore()

    await client
      .insertQuery()
      .table('follows')
      .multiInsert(
        plan.follows.map(([follower, followed]) => ({
          follower_id: users.get(follower)!.id,
          followed_id: users.get(followed)!.id,
        }))
      )
      .onConflict(['follower_id', 'followed_id'])
      .ignore()
  }
}
