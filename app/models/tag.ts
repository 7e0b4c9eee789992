import { TagSchema } from '#database/schema'

/**
 * A topic label; names are lower-case and unique. `publishedArticlesCount`
 * is kept by database triggers (migration keep_published_article_counts).
 */
export default class Tag extends TagSchema {
  /** "  Web Dev, node,web dev " -> ["node", "web dev"]: trimmed, lower-cased, unique, sorted. */
  static normalizeNames(names: Iterable<string>): string[] {
    const unique = new Set<string>()
    for (const name of names) {
      const normalized = name.trim().toLowerCase().replace(/\s+/g, ' ')
      // Cut by characters, never inside a surrogate pair (an emoji).
      if (normalized) unique.add(Array.from(normalized).slice(0, 40).join(''))
    }
    return [...unique].sort()
  }
}
