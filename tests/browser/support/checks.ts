import { mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Assert } from '@japa/assert'
import type { BrowserContext, Page } from 'playwright'

/** The rule sets the site promises to meet: WCAG 2.2 AA (which includes 2.0 and 2.1 A/AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export const SCREENSHOTS_DIR = join(process.cwd(), 'tmp', 'screenshots')

let axeSource: string | undefined

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: string[]; html: string; failureSummary?: string }[]
}

/** axe-core's WCAG 2.2 AA violations for the page, run through the DevTools protocol so the site's CSP stays on. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8'
  )
  await page.evaluate(axeSource)
  const options = JSON.stringify({
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  })
  return (await page.evaluate(
    `axe.run(document, ${options}).then((results) => results.violations)`
  )) as AxeViolation[]
}

/** Asserts zero violations, listing each one with the elements at fault when there are any. */
export async function assertAccessible(assert: Assert, page: Page, name: string) {
  const violations = await axeViolations(page)
  const report = violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 3)
      .map((node) => `      ${node.target.join(' ')}: ${node.html.slice(0, 160)}`)
      .join('\n')
    return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${nodes}`
  })
  assert.deepEqual(
    report,
    [],
    `${name} (${page.url()}) has accessibility violations:\n${report.join('\n')}`
  )
}

/** A phone (390 px, as an iPhone 12–15) and a laptop. */
export const SCREEN_WIDTHS = [390, 1280]

/**
 * Full-page screenshots under tmp/screenshots/ at each of SCREEN_WIDTHS
 * (`<name>-390.png`, `<name>-1280.png`), refreshed on every run. Returns
 * the widths at which the page was wider than the screen (a long word or
 * URL that does not wrap), as "390 px: 512 px wide".
 */
export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS_DIR, { recursive: true })
  const original = page.viewportSize()
  const overflowing: string[] = []
  for (const width of SCREEN_WIDTHS) {
    await page.setViewportSize({ width, height: original?.height ?? 800 })
    const pageWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number
    if (pageWidth > width) {
      overflowing.push(
        `${width} px: ${pageWidth} px wide, past the edge: ${await pastTheEdge(page)}`
      )
    }
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}-${width}.png`), fullPage: true })
  }
  if (original) await page.setViewportSize(original)
  return overflowing
}

/** The innermost elements that reach past the right edge of the screen, as tag.class. */
function pastTheEdge(page: Page) {
  return page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter((element, _, all) => !all.some((other) => other !== element && element.contains(other)))
    .slice(0, 4)
    .map((element) => element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : ''))
    .join(', ')`) as Promise<string>
}

/** The checks for one of the main pages: fits a phone and a laptop, and is accessible. */
export async function checkPage(assert: Assert, page: Page, name: string) {
  await page.waitForLoadState('load')
  const overflowing = await screenshot(page, name)
  assert.deepEqual(overflowing, [], `${name} is wider than the screen: ${overflowing.join('; ')}`)
  await assertAccessible(assert, page, name)
}

/**
 * Collects what the browser reports as refused by the Content Security
 * Policy (inline scripts or styles) and uncaught page errors, for the test
 * to assert there were none.
 */
export function watchForPageErrors(context: BrowserContext) {
  const problems: string[] = []
  context.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) {
      problems.push(`${message.location().url}: ${text}`)
    }
  })
  context.on('weberror', (error) => problems.push(String(error.error())))
  return problems
}
