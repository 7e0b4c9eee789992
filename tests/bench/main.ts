/*
|--------------------------------------------------------------------------
| npm run bench — throughput, latency and queries per request at two sizes
|--------------------------------------------------------------------------
|
| A benchmark, not a test. For each data size (default 10,000 and 100,000
| articles) it starts a throwaway PostgreSQL, migrates and bulk-seeds it
| (node ace db:seed:bulk), starts the production build (NODE_ENV=production,
| FOLIO_COUNT_QUERIES=1 so every response says how many SQL statements it
| ran) and drives each route with autocannon. It prints one table per size,
| a comparison, and saves everything as JSON under tmp/bench/.
|
| Flags: --sizes=10000,100000  --duration=5  --connections=10  --skip-build
|
*/

import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { join } from 'node:path'
import {
  APP_ROOT,
  BUILD_DIR,
  CONNECTIONS,
  DURATION,
  OUTPUT_DIR,
  SIZES,
  options,
} from './options.js'
import { cleanUp, run } from './processes.js'
import { benchSize } from './bench_size.js'
import { comparisonTable, sizeTable } from './renderers.js'
import { scaleChecks } from './scale_checks.js'

function machine() {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' '),
  }
}

/* ---------------------------------------------------------------------- */

async function main() {
  await mkdir(OUTPUT_DIR, { recursive: true })
  const startedAt = new Date()
  const host = machine()

  if (!options['skip-build'] || !existsSync(join(BUILD_DIR, 'bin', 'server.js'))) {
    console.log('▶ building for production (node ace build)')
    // Type errors elsewhere in a work tree should not stop a measurement; tsc still reports them.
    await run(process.execPath, ['ace.js', 'build', '--ignore-ts-errors'], APP_ROOT, process.env)
  }

  const appKey = randomBytes(32).toString('hex')
  const results = []
  try {
    for (const size of SIZES) results.push(await benchSize(size, appKey))
  } finally {
    await cleanUp()
  }

  const report: string[] = []
  report.push(
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB RAM, ${host.os}, Node ${host.node}, PostgreSQL ${results[0]?.postgresVersion}; load average at start ${host.loadAverage}`
  )
  report.push(
    `autocannon: ${CONNECTIONS} connections, ${DURATION} s per route after a 1 s warm-up; production build, FOLIO_COUNT_QUERIES=1`
  )
  for (const result of results) {
    report.push(
      `\n${result.size.toLocaleString('en')} articles (bulk seed ${result.seedSeconds.toFixed(1)} s; search "${result.sample.word}" matching ${result.sample.wordMatches.toLocaleString('en')}, broad "${result.sample.broadWord}" matching ${result.sample.broadWordMatches.toLocaleString('en')}, tag "${result.sample.tag}", deep offset ${result.sample.deepOffset})\n`
    )
    report.push(sizeTable(result))
  }
  if (results.length > 1) {
    report.push(
      `\nComparison (ratio = req/s at ${results[results.length - 1].size.toLocaleString('en')} ÷ req/s at ${results[0].size.toLocaleString('en')})\n`
    )
    report.push(comparisonTable(results[0], results[results.length - 1]))
  }
  const largest = results[results.length - 1]
  if (largest) {
    report.push(
      `\nHeaviest statement per route at ${largest.size.toLocaleString('en')} articles (mean ms per call):`
    )
    for (const m of largest.measurements) {
      if (!m.heaviestStatement) continue
      report.push(
        `  ${m.route}: ${m.heaviestStatement.meanMs} ms  ${m.heaviestStatement.query.slice(0, 150)}`
      )
    }
  }
  const checks = scaleChecks(results)
  report.push(
    `\nScale checks at ${results[results.length - 1]?.size.toLocaleString('en')} articles:`
  )
  report.push(...checks.map((line) => `  ${line}`))

  const text = report.join('\n')
  console.log(`\n${text}\n`)

  const stamp = startedAt.toISOString().replace(/[:.]/g, '-')
  const json = JSON.stringify(
    {
      startedAt,
      machine: host,
      durationSeconds: DURATION,
      connections: CONNECTIONS,
      results,
      checks,
    },
    null,
    2
  )
  await writeFile(join(OUTPUT_DIR, `bench-${stamp}.json`), json)
  await writeFile(join(OUTPUT_DIR, 'latest.json'), json)
  await writeFile(join(OUTPUT_DIR, 'latest.md'), `${text}\n`)
  console.log(`Saved tmp/bench/bench-${stamp}.json (and latest.json, latest.md)`)
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(error)
    await cleanUp()
    process.exit(1)
  }
)
