import app from '@adonisjs/core/services/app'
import { LRUCache } from 'lru-cache'

/**
 * HTML drawn from data and kept under a key that names that data exactly (a
 * digest of it: `JsonRows#digest`, `Page#digest`, `findArticleWithComments`'
 * `version` in app/queries). An entry cannot go stale: changed data is a new
 * key, and the old entry ages out. Each process keeps its own; two processes
 * given the same data draw the same HTML, so they never disagree. Bounded by
 * the size of the HTML kept.
 */
const fragments = new LRUCache<string, string>({
  maxSize: 20_000_000,
  sizeCalculation: (html) => html.length || 1,
})

/**
 * The HTML kept under `key`, or `render()`'s, kept for next time. Only for
 * what depends on nothing but the data the key names (not the viewer, the
 * session or the request). Off in development, where templates change under
 * a running server.
 */
export async function cachedFragment(key: string, render: () => Promise<string>) {
  if (app.inDev) return render()
  let html = fragments.get(key)
  if (html === undefined) {
    html = await render()
    fragments.set(key, html)
  }
  return html
}
