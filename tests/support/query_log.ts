import db from '@adonisjs/lucid/services/db'
import emitter from '@adonisjs/core/services/emitter'

/**
 * The SQL statements `action` sends, read from Lucid's `db:query` event.
 * Lucid emits it only for clients with `debug` on, so it is switched on for
 * the duration: on the test's global transaction (the client every query of
 * the request uses) and on the connection config, for clients created meanwhile.
 * Count queries of a request, not of the test's own setup.
 */
export async function recordQueries(action: () => Promise<unknown>): Promise<string[]> {
  const client = db.connection()
  const config = db.getRawConnection(client.connectionName)!.config
  const previous = { client: client.debug, config: config.debug }
  client.debug = true
  config.debug = true

  // Debug mode would also pretty-print every query to the console (prettyPrintDebugQueries).
  const printing = db.config.prettyPrintDebugQueries
  if (printing) emitter.off('db:query', db.prettyPrint)

  const statements: string[] = []
  const unsubscribe = emitter.on('db:query', (query) => {
    statements.push(query.sql)
  })
  try {
    await action()
  } finally {
    unsubscribe()
    if (printing) emitter.on('db:query', db.prettyPrint)
    client.debug = previous.client
    config.debug = previous.config
  }
  return statements
}
