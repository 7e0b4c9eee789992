import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Article from '#models/article'
import { isUniqueViolation } from '#actions/unique_violation'

/** Room left under the 255-character column for a "-123" suffix. */
const MAX_BASE_LENGTH = 200

/**
 * "Héllo, World!" -> "hello-world": lower-case ASCII letters, digits and
 * single dashes; "article" when nothing usable is left (e.g. an emoji title).
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, '')
  return slug || 'article'
}

/** True when `slug` is `base` or `base-<n>`, i.e. already derived from that title. */
export function slugMatchesBase(slug: string, base: string): boolean {
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug)
}

/**
 * A slug for `title` that no other article uses: the plain slug when free,
 * otherwise the next numeric suffix ("my-title-2", "my-title-3", ...).
 */
export async function uniqueSlug(
  title: string,
  options: { exceptArticleId?: number; client?: TransactionClientContract } = {}
): Promise<string> {
  const base = slugify(title)
  const query = (options.client ?? db)
    .from('articles')
    .where((taken) => taken.where('slug', base).orWhere('slug', 'like', `${base}-%`))
    .select('slug')
  if (options.exceptArticleId) query.whereNot('id', options.exceptArticleId)
  const rows: { slug: string }[] = await query
  const taken = new Set(rows.map((row) => row.slug))

  if (!taken.has(base)) return base
  let suffix = 2
  while (taken.has(`${base}-${suffix}`)) suffix++
  return `${base}-${suffix}`
}

/**
 * How many times a writer may lose the race for a slug before giving up:
 * each lost race means another article has just taken one.
 */
const SLUG_ATTEMPTS = 50

/**
 * Saves `article` under a free slug for `title`. Two writers can pick the same
 * free slug at the same moment; the unique index decides, and the one that
 * lost takes the next suffix. Each attempt runs in a savepoint, so the
 * caller's transaction survives a lost race.
 */
export async function saveWithUniqueSlug(
  article: Article,
  title: string,
  trx: TransactionClientContract
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    article.slug = await uniqueSlug(title, {
      exceptArticleId: article.$isPersisted ? article.id : undefined,
      client: trx,
    })
    const savepoint = await trx.transaction()
    article.useTransaction(savepoint)
    try {
      await article.save()
      await savepoint.commit()
      return
    } catch (error) {
      await savepoint.rollback()
      if (!isUniqueViolation(error, 'articles_slug_unique') || attempt === SLUG_ATTEMPTS) {
        throw error
      }
    } finally {
      article.useTransaction(trx)
    }
  }
}
