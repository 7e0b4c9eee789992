import type { SizeResult } from './bench_size.js'
import { ms } from './renderers.js'
import { HTML_TWINS } from './scenarios.js'

/** The scale goals, checked on the largest data size. */
export function scaleChecks(results: SizeResult[]) {
  const largest = results[results.length - 1]
  const byRoute = new Map(largest.measurements.map((m) => [m.route, m]))
  const first = byRoute.get('GET /api/v1/articles?limit=20')
  const lines: string[] = []
  const check = (ok: boolean, text: string) => lines.push(`${ok ? 'PASS' : 'FAIL'}  ${text}`)
  if (first && !first.missing) {
    for (const name of [
      'GET /api/v1/articles signed in',
      'GET /api/v1/articles deep page',
      'GET /api/v1/articles?tag=',
      'GET /api/v1/articles?q=',
    ]) {
      const m = byRoute.get(name)
      if (!m || m.missing) continue
      check(
        m.p50 <= Math.max(first.p50 * 2, first.p50 + 1),
        `${name}: p50 ${ms(m.p50)} ms vs first page ${ms(first.p50)} ms (≤ 2×)`
      )
    }
    // Not a goal, shown so the cost is plain: ranking reads every match.
    const broad = byRoute.get('GET /api/v1/articles?q= broad')
    if (broad && !broad.missing) {
      lines.push(
        `INFO  GET /api/v1/articles?q= broad: p50 ${ms(broad.p50)} ms vs first page ${ms(first.p50)} ms (${(broad.p50 / first.p50).toFixed(1)}×; ranking reads every match)`
      )
    }
    const hundred = byRoute.get('GET /api/v1/articles?limit=100')
    if (hundred && !hundred.missing) {
      check(
        hundred.queriesPerRequest === first.queriesPerRequest,
        `queries per request do not grow with page size (${first.queriesPerRequest} at 20, ${hundred.queriesPerRequest} at 100)`
      )
    }
  }
  for (const twins of HTML_TWINS) {
    const page = byRoute.get(twins.page)
    const api = twins.api.map((route) => byRoute.get(route))
    if (!page || page.missing || api.some((m) => !m || m.missing)) continue
    const twinP50 = api.reduce((sum, m) => sum + m!.p50, 0)
    check(
      page.p50 <= Math.max(twinP50 * 1.5, twinP50 + 1),
      `${page.route}: p50 ${ms(page.p50)} ms vs API twin ${twins.api.join(' + ')} ${ms(twinP50)} ms (${(page.p50 / twinP50).toFixed(2)}×; ≤ 1.5×)`
    )
  }
  if (results.length > 1) {
    const smallest = results[0]
    for (const m of largest.measurements) {
      const small = smallest.measurements.find((s) => s.route === m.route)
      if (!small || small.missing || m.missing) continue
      check(
        small.queriesPerRequest === m.queriesPerRequest,
        `${m.route}: queries per request do not grow with data (${small.queriesPerRequest} → ${m.queriesPerRequest})`
      )
    }
  }
  for (const m of largest.measurements) {
    // OFFSET pagination reads `offset` index entries by definition; its goal is the latency one above.
    if (m.missing || m.rowsReadPerRequest === null || m.route.includes('deep page')) continue
    check(
      m.rowsReadPerRequest < largest.size / 2,
      `${m.route}: reads ${m.rowsReadPerRequest} rows per request, not the whole table`
    )
  }
  return lines
}
