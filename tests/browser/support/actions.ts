import type { BrowserContext, Page } from 'playwright'
import { urlFor } from '#tests/support/routes'

/** The address of the test server, for contexts a test opens itself. */
export function baseUrl() {
  return `http://${process.env.HOST}:${process.env.PORT}`
}

/** Waits until the browser shows `pathname` (query and hash ignored). */
export function waitForPath(page: Page, pathname: string | RegExp) {
  return page.waitForURL((url) =>
    typeof pathname === 'string' ? url.pathname === pathname : pathname.test(url.pathname)
  )
}

/** Clicks and waits for the page the click leads to. */
export async function clickAndLoad(page: Page, click: () => Promise<void>) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), click()])
}

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto(urlFor('auth.login'))
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await clickAndLoad(page, () => page.getByRole('button', { name: 'Sign in' }).click())
}

export async function signOut(page: Page) {
  await clickAndLoad(page, () => page.getByRole('button', { name: 'Sign out' }).click())
}

/** A second, separate browser (own cookies), e.g. another reader. */
export async function anotherVisitor(context: BrowserContext) {
  const browser = context.browser()!
  const other = await browser.newContext({ baseURL: baseUrl() })
  return { context: other, page: await other.newPage() }
}
