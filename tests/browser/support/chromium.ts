import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import type { Suite } from '@japa/runner/core'
import type { PluginConfig } from '@japa/browser-client/types'

/**
 * The browser suite drives the system's Chromium (Debian's `chromium`
 * package, or CHROMIUM_PATH), never a downloaded browser build.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const chromiumAvailable = existsSync(CHROMIUM_PATH)

export const launchChromium: NonNullable<PluginConfig['launcher']> = (options) => {
  return chromium.launch({
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/** Without Chromium the browser tests are reported as skipped, with the reason, and the other suites run as usual. */
export function skipWithoutChromium(suite: Suite) {
  const reason = `no Chromium at ${CHROMIUM_PATH} (install Debian's "chromium" package or set CHROMIUM_PATH)`
  suite.setup(() => {
    console.warn(`\n  Browser suite skipped: ${reason}\n`)
  })
  suite.onGroup((group) => group.tap((test) => test.skip(true, reason)))
  suite.onTest((test) => test.skip(true, reason))
}
