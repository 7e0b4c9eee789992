import type { SizeResult } from './bench_size.js'

/** Markdown tables for the report. */

export function table(head: string[], rows: (string | number)[][]) {
  const cells = [head, ...rows].map((row) => row.map(String))
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)))
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`
  return [
    line(cells[0]),
    `|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n')
}

export const ms = (value: number) => (value < 10 ? value.toFixed(1) : String(Math.round(value)))

export function sizeTable(result: SizeResult) {
  return table(
    ['route', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'queries/req', 'rows read/req'],
    result.measurements.map((m) =>
      m.missing
        ? [m.route, `missing (${m.status})`, '', '', '', '', '']
        : [
            m.route,
            m.requestsPerSecond,
            ms(m.p50),
            ms(m.p99),
            m.errors,
            m.queriesPerRequest ?? '?',
            m.rowsReadPerRequest ?? '?',
          ]
    )
  )
}

export function comparisonTable(small: SizeResult, large: SizeResult) {
  const rows = small.measurements.map((a, i) => {
    const b = large.measurements[i]
    if (a.missing || b.missing) return [a.route, '', '', '', '', '', '']
    return [
      a.route,
      a.requestsPerSecond,
      b.requestsPerSecond,
      (b.requestsPerSecond / Math.max(a.requestsPerSecond, 1)).toFixed(2),
      ms(a.p50),
      ms(b.p50),
      `${a.queriesPerRequest ?? '?'} → ${b.queriesPerRequest ?? '?'}`,
    ]
  })
  const label = (size: number) => `${size / 1000}k`
  return table(
    [
      'route',
      `req/s ${label(small.size)}`,
      `req/s ${label(large.size)}`,
      'ratio',
      `p50 ${label(small.size)}`,
      `p50 ${label(large.size)}`,
      'queries/req',
    ],
    rows
  )
}
