import { test } from '@japa/runner'
import { chmod, chown, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from 'selfsigned'
import type { AppProcess } from '#tests/helpers'
import type { DisposableCluster } from '../../../bin/embedded_postgres.js'
import { connectTo, eventually, startAppOn, startOwnDatabase } from './support.js'

/** A certificate for 127.0.0.1 that signs itself (so it is its own CA). */
function certificateFor127() {
  return generate([{ name: 'commonName', value: '127.0.0.1' }], {
    algorithm: 'sha256',
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  })
}

/** /health/ready of a fresh app process with `env`, then the process stops. */
async function readinessWith(cluster: DisposableCluster, env: Record<string, string>) {
  const app: AppProcess = await startAppOn(cluster, env)
  try {
    const ready = await fetch(`${app.url}/health/ready`)
    return { status: ready.status, body: (await ready.json()) as any }
  } finally {
    await app.stop()
  }
}

test.group('Reliability: TLS to PostgreSQL (DB_SSL)', (group) => {
  let cluster: DisposableCluster
  let serverCertificate: string
  const caFile = join(tmpdir(), `folio-db-ca-${process.pid}.pem`)
  const strangerCaFile = join(tmpdir(), `folio-db-stranger-ca-${process.pid}.pem`)

  group.setup(async () => {
    cluster = await startOwnDatabase('tls')
    const server = await certificateFor127()
    serverCertificate = server.cert
    // PostgreSQL reads its key only when the server's own account owns it, mode 0600.
    const owner = await stat(cluster.dataDir)
    for (const [file, content] of [
      ['server.crt', server.cert],
      ['server.key', server.private],
    ]) {
      const path = join(cluster.dataDir, file)
      await writeFile(path, content, { mode: 0o600 })
      await chown(path, owner.uid, owner.gid)
      await chmod(path, 0o600)
    }
    const admin = await connectTo(cluster)
    try {
      await admin.query(`ALTER SYSTEM SET ssl = on`)
      await admin.query(`ALTER SYSTEM SET ssl_cert_file = 'server.crt'`)
      await admin.query(`ALTER SYSTEM SET ssl_key_file = 'server.key'`)
      await admin.query('SELECT pg_reload_conf()')
      await eventually(
        async () => (await admin.query('SHOW ssl')).rows[0].ssl === 'on',
        10_000,
        'PostgreSQL serves TLS'
      )
    } finally {
      await admin.end()
    }
    await writeFile(caFile, serverCertificate)
    await writeFile(strangerCaFile, (await certificateFor127()).cert)
    return async () => {
      await rm(caFile, { force: true })
      await rm(strangerCaFile, { force: true })
      await cluster.destroy()
    }
  })
  group.each.timeout(60_000)

  test('DB_SSL=true refuses a server certificate that no trusted CA signed', async ({ assert }) => {
    const ready = await readinessWith(cluster, { DB_SSL: 'true' })
    assert.equal(ready.status, 503, 'a self-signed certificate is not trusted by default')

    const stranger = await readinessWith(cluster, { DB_SSL: 'true', DB_SSL_CA: strangerCaFile })
    assert.equal(stranger.status, 503, 'nor one signed by a CA other than DB_SSL_CA')
  })

  test('DB_SSL_CA makes the server trusted, and the connection is encrypted', async ({
    assert,
  }) => {
    const app = await startAppOn(cluster, { DB_SSL: 'true', DB_SSL_CA: caFile })
    const observer = await connectTo(cluster)
    try {
      const ready = await fetch(`${app.url}/health/ready`)
      assert.equal(ready.status, 200)
      const encrypted = await observer.query(
        `SELECT count(*)::int AS n FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
         WHERE s.ssl AND a.datname = current_database()`
      )
      assert.isAbove(encrypted.rows[0].n, 0, 'the app talks to PostgreSQL over TLS')
    } finally {
      await observer.end()
      await app.stop()
    }
  })

  test('DB_SSL_INSECURE=true is the explicit way to accept any certificate', async ({ assert }) => {
    const ready = await readinessWith(cluster, { DB_SSL: 'true', DB_SSL_INSECURE: 'true' })
    assert.equal(ready.status, 200)
  })
})
