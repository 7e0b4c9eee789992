import type pg from 'pg'
import { autocannon, type AutocannonRequest } from './autocannon.js'
import { CONNECTIONS, DURATION } from './options.js'
import type { Sample, Scenario } from './scenarios.js'
import { rowsRead } from './database_probes.js'

/** One route driven by autocannon: throughput, latency, statements and rows per request. */

export interface Measurement {
  route: string
  path: string
  status: number
  missing: boolean
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  statusCodes: Record<string, number>
  queriesPerRequest: number | null
  rowsReadPerRequest: number | null
  /** The statement that took the most database time on this route (pg_stat_statements). */
  heaviestStatement: { query: string; calls: number; meanMs: number } | null
}

export async function measure(
  url: string,
  client: pg.Client,
  sample: Sample,
  scenario: Scenario
): Promise<Measurement> {
  const path = scenario.path(sample)
  const request: AutocannonRequest = { method: scenario.method ?? 'GET', path }
  if (scenario.prepare) request.setupRequest = scenario.prepare(sample)
  const base = { route: scenario.name, path }

  const probeRequest = request.setupRequest ? request.setupRequest({ ...request }) : request
  const probe = await fetch(url + path, {
    method: probeRequest.method,
    headers: probeRequest.headers,
    body: probeRequest.body,
    redirect: 'manual',
  })
  await probe.arrayBuffer()
  if (probe.status === 404 || probe.status === 405) {
    return {
      ...base,
      status: probe.status,
      missing: true,
      requestsPerSecond: 0,
      p50: 0,
      p99: 0,
      errors: 0,
      statusCodes: {},
      queriesPerRequest: null,
      rowsReadPerRequest: null,
      heaviestStatement: null,
    }
  }
  const queries = probe.headers.get('x-query-count')

  // Warm up (JIT, caches, pool), then measure.
  await autocannon({ url, connections: CONNECTIONS, duration: 1, requests: [request] })
  const before = await rowsRead(client)
  await client.query('SELECT pg_stat_statements_reset()')
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [request],
  })
  const heaviest = await client.query(
    `SELECT query, calls::int, mean_exec_time AS mean FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT ILIKE '%pg_stat%' ORDER BY total_exec_time DESC LIMIT 1`
  )
  const after = await rowsRead(client)

  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count])
  )
  return {
    ...base,
    status: probe.status,
    missing: false,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    statusCodes,
    queriesPerRequest: queries === null ? null : Number(queries),
    rowsReadPerRequest: result.requests.total
      ? Math.round((after - before) / result.requests.total)
      : null,
    heaviestStatement: heaviest.rows[0]
      ? {
          query: heaviest.rows[0].query.replace(/\s+/g, ' '),
          calls: heaviest.rows[0].calls,
          meanMs: Number(heaviest.rows[0].mean.toFixed(2)),
        }
      : null,
  }
}
