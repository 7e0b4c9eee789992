import pg from 'pg'
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'
import db from '@adonisjs/lucid/services/db'
import type { PostgreConfig } from '@adonisjs/lucid/types/database'
import app from '@adonisjs/core/services/app'
import { MigrationRunner } from '@adonisjs/lucid/migration'
import { startAppProcess, type AppProcess } from '#tests/helpers'
import { startDisposableCluster, type DisposableCluster } from '../../../bin/embedded_postgres.js'

/**
 * A PostgreSQL of the test's own, migrated, that the test may stop and
 * start without touching the database every other test uses.
 */
export async function startOwnDatabase(label: string): Promise<DisposableCluster> {
  const cluster = await startDisposableCluster(label)
  const connectionName = `reliability_${label.replace(/\W/g, '_')}`
  const base = db.manager.get('postgres')!.config as PostgreConfig
  db.manager.add(connectionName, {
    ...base,
    connection: {
      host: cluster.env.DB_HOST,
      port: Number(cluster.env.DB_PORT),
      user: cluster.env.DB_USER,
      password: cluster.env.DB_PASSWORD,
      database: cluster.env.DB_DATABASE,
    },
  })
  try {
    // The migrator itself, not `migration:run`: the command closes every
    // connection when it completes, the one the rest of the suite uses included.
    const migrator = new MigrationRunner(db, app, { direction: 'up', connectionName })
    await migrator.run()
    if (migrator.error) throw migrator.error
  } finally {
    await db.manager.close(connectionName, true)
  }
  return cluster
}

/** The app as a separate process on that database (what production runs). */
export function startAppOn(
  cluster: DisposableCluster,
  env: Record<string, string> = {},
  entrypoint?: string
): Promise<AppProcess> {
  return startAppProcess(
    { ...cluster.env, DATABASE_URL: '', LOG_LEVEL: 'silent', ...env },
    entrypoint
  )
}

/** A direct connection, for what the test does behind the app's back. */
export async function connectTo(cluster: DisposableCluster) {
  const client = new pg.Client({
    host: cluster.env.DB_HOST,
    port: Number(cluster.env.DB_PORT),
    user: cluster.env.DB_USER,
    password: cluster.env.DB_PASSWORD,
    database: cluster.env.DB_DATABASE,
  })
  client.on('error', () => {})
  await client.connect()
  return client
}

/** Registers through the JSON API and returns the e-mail, password and API token. */
export async function registerThroughApi(url: string, username: string) {
  const user = { username, email: `${username}@example.com`, password: 'correct-horse-battery' }
  const response = await fetch(`${url}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  })
  if (response.status !== 201)
    throw new Error(`registration failed: ${response.status} ${await response.text()}`)
  const { user: registered } = (await response.json()) as { user: { token: string } }
  return { ...user, token: registered.token }
}

/** Polls until `check` holds, or fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`timed out waiting until ${what}`)
}

/**
 * A tiny browser: keeps the session cookie and reads the CSRF token from
 * the last page, for form posts against an app process.
 */
export class CookieSession {
  private cookies = new Map<string, string>()
  csrfToken = ''

  constructor(private url: string) {}

  withUrl(url: string) {
    const other = new CookieSession(url)
    other.cookies = this.cookies
    return other
  }

  async get(path: string) {
    const response = await fetch(this.url + path, { headers: this.headers(), redirect: 'manual' })
    this.remember(response)
    const html = await response.text()
    this.csrfToken = /name=['"]_csrf['"] value=['"]([^'"]+)['"]/.exec(html)?.[1] ?? this.csrfToken
    return { status: response.status, html, location: response.headers.get('location') }
  }

  async post(path: string, form: Record<string, string>) {
    const response = await fetch(this.url + path, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: this.csrfToken, ...form }),
      redirect: 'manual',
    })
    this.remember(response)
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: await response.text(),
    }
  }

  /** The Cookie header this browser sends. */
  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  private headers(): Record<string, string> {
    const cookie = this.cookieHeader()
    return cookie ? { cookie, accept: 'text/html' } : { accept: 'text/html' }
  }

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const [name, ...value] = pair.split('=')
      this.cookies.set(name.trim(), value.join('='))
    }
  }
}

/**
 * A TCP proxy in front of PostgreSQL that can stall: connections stay open
 * and new ones are accepted, but no byte moves in either direction until
 * `resume()`, like a database server whose processes are stopped (SIGSTOP),
 * or a network that silently drops packets. Nothing is refused or reset.
 */
export class StallingProxy {
  private stalled = false
  private sockets = new Set<Socket>()
  private held: (() => void)[] = []
  private server = createServer((client) => this.accept(client))
  port = 0

  constructor(
    private upstreamHost: string,
    private upstreamPort: number
  ) {}

  async listen() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.port = (this.server.address() as AddressInfo).port
    return this
  }

  /** The app's database settings pointing at the proxy. */
  env(cluster: DisposableCluster): Record<string, string> {
    return { ...cluster.env, DB_HOST: '127.0.0.1', DB_PORT: String(this.port) }
  }

  stall() {
    this.stalled = true
  }

  resume() {
    this.stalled = false
    for (const release of this.held.splice(0)) release()
  }

  async close() {
    this.resume()
    for (const socket of this.sockets) socket.destroy()
    await new Promise((resolve) => this.server.close(resolve))
  }

  private accept(client: Socket) {
    const upstream = connect(this.upstreamPort, this.upstreamHost)
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.sockets.add(from)
      from.on('error', () => to.destroy())
      from.on('close', () => {
        this.sockets.delete(from)
        to.destroy()
      })
      from.on('data', (chunk) => {
        if (!this.stalled) return to.write(chunk)
        this.held.push(() => to.write(chunk))
      })
    }
  }
}
