import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import type { Group } from '@japa/runner/core'

/**
 * Every test starts from an empty database and fresh rate-limit counters:
 * writes (including the HTTP handlers') are rolled back after each test.
 */
export function isolateDatabase(group: Group) {
  group.each.setup(async () => {
    const rollback = await testUtils.db().withGlobalTransaction()
    await limiter.clear()
    return rollback
  })
}
