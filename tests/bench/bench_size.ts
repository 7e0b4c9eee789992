import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { startDisposableCluster } from '../../bin/embedded_postgres.js'
import { API_TOKENS, BUILD_DIR, OUTPUT_DIR } from './options.js'
import { clusters, run, startApp, stopChild } from './processes.js'
import { connect, enableStatementStatistics, pickSample } from './database_probes.js'
import { measure, type Measurement } from './measuring.js'
import { SCENARIOS } from './scenarios.js'

/** One data size from scratch: a throwaway PostgreSQL, the bulk seed, the app, every scenario. */

export async function benchSize(size: number, appKey: string) {
  console.log(`\n▶ ${size.toLocaleString('en')} articles: starting a throwaway PostgreSQL`)
  const cluster = await startDisposableCluster(`bench-${size}`)
  clusters.add(cluster)
  await enableStatementStatistics(cluster)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...cluster.env,
    NODE_ENV: 'production',
    APP_KEY: appKey,
    LOG_LEVEL: 'warn',
    FOLIO_COUNT_QUERIES: '1',
    FOLIO_DATABASE_READY: '1',
  }
  delete env.DATABASE_URL

  await run(
    process.execPath,
    ['ace.js', 'migration:run', '--force', '--compact-output'],
    BUILD_DIR,
    env
  )
  const tokensFile = join(OUTPUT_DIR, `tokens-${size}.json`)
  const started = Date.now()
  await run(
    process.execPath,
    [
      'ace.js',
      'db:seed:bulk',
      '--users=1000',
      `--articles=${size}`,
      `--comments=${size * 3}`,
      `--api-tokens=${API_TOKENS}`,
      `--tokens-file=${tokensFile}`,
    ],
    BUILD_DIR,
    env
  )
  const seedSeconds = (Date.now() - started) / 1000

  const client = connect(cluster)
  await client.connect()
  const version = await client.query('SHOW server_version')
  const postgresVersion = version.rows[0].server_version as string
  const sample = await pickSample(client, size, tokensFile)
  // Flush what the bulk load left in memory now, rather than by a
  // checkpoint in the middle of the first routes' measurements.
  await client.query('CHECKPOINT')
  const app = await startApp(env)
  console.log(
    `  app on ${app.url}; sample article ${sample.slug}, tag "${sample.tag}", search "${sample.word}" (${sample.wordMatches} matches), broad search "${sample.broadWord}" (${sample.broadWordMatches})`
  )

  const measurements: Measurement[] = []
  for (const scenario of SCENARIOS) {
    process.stdout.write(`  ${scenario.name.padEnd(40)} `)
    const measurement = await measure(app.url, client, sample, scenario)
    console.log(
      measurement.missing
        ? `missing (${measurement.status})`
        : `${measurement.requestsPerSecond} req/s`
    )
    measurements.push(measurement)
  }

  await client.end()
  await stopChild(app.child)
  await cluster.destroy()
  await rm(tokensFile, { force: true })
  clusters.delete(cluster)
  return {
    size,
    seedSeconds,
    postgresVersion,
    sample: { ...sample, tokens: undefined },
    measurements,
  }
}

export type SizeResult = Awaited<ReturnType<typeof benchSize>>
