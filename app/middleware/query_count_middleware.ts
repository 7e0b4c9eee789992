import { AsyncLocalStorage } from 'node:async_hooks'
import db from '@adonisjs/lucid/services/db'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

const requestQueries = new AsyncLocalStorage<{ count: number }>()
let listening = false

/**
 * Benchmark instrumentation, registered only when FOLIO_COUNT_QUERIES=1
 * (see start/kernel.ts): answers every request with `X-Query-Count`, the
 * number of SQL statements it ran. Knex announces each statement on its
 * "query" event, inside the async context of the request that sent it.
 */
export default class QueryCountMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!listening) {
      db.connection()
        .getWriteClient()
        .on('query', () => {
          const counter = requestQueries.getStore()
          if (counter) counter.count++
        })
      listening = true
    }

    const counter = { count: 0 }
    await requestQueries.run(counter, () => next())
    ctx.response.header('X-Query-Count', counter.count)
  }
}
