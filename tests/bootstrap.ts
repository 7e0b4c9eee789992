import { assert } from '@japa/assert'
import { apiClient } from '@japa/api-client'
import { openapi } from '@japa/openapi-assertions'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { browserClient } from '@japa/browser-client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { testInbox } from '#tests/support/smtp_inbox'
import {
  chromiumAvailable,
  launchChromium,
  skipWithoutChromium,
} from '#tests/browser/support/chromium'

export const plugins: Config['plugins'] = [
  assert(),
  // response.assertAgainstApiSpec(): API answers must match the published OpenAPI document.
  openapi({ schemas: [new URL('../resources/openapi/openapi.json', import.meta.url)] }),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  browserClient({ runInSuites: chromiumAvailable ? ['browser'] : [], launcher: launchChromium }),
  sessionBrowserClient(app),
  authBrowserClient(app),
]

/**
 * The schema is migrated once per run, on the database bin/embedded_postgres.ts
 * provides, and left in place: a throwaway cluster is deleted anyway, and
 * rolling every migration back at the end raced the app's own background
 * writes (article views) for the migrator's advisory lock.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    async () => {
      await testUtils.db().migrate()
    },
    async () => {
      await testInbox.listen(Number(process.env.SMTP_PORT))
      return () => testInbox.close()
    },
  ],
  teardown: [],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (suite.name === 'browser' && !chromiumAvailable) return skipWithoutChromium(suite)
  if (['browser', 'functional', 'e2e'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
