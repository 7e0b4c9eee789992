import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { SESSION_COOKIE_NAME } from '#config/session'
import WebSessionMiddleware from '#middleware/web_session_middleware'

/**
 * Cookies that mean "this browser may be someone": the session and
 * @adonisjs/auth's remember-me cookie (named `remember_<guard>`).
 */
const BROWSER_SESSION_COOKIES = new Set([SESSION_COOKIE_NAME, 'remember_web'])

/**
 * Guest renders may be kept for a minute, by browsers and by shared caches
 * (CDN, reverse proxy). A minute absorbs bursts on a popular page while an
 * edit, a new comment or an unpublished article shows everywhere soon
 * after, with nothing to purge. After that, If-None-Match makes
 * revalidation a 304.
 */
const GUEST_CACHE_CONTROL = 'public, max-age=60'

/**
 * The text of elements marked `data-etag-ignore` (the article's live view
 * count, which every render changes) is left out of the ETag, so a cached
 * copy still revalidates with a 304 (it may show an older count).
 * Found with indexOf rather than a regular expression: a page is tens of
 * kilobytes and a regex walk over every tag cost more than the hash.
 */
const ETAG_IGNORED = ' data-etag-ignore'

function withoutIgnoredText(html: string) {
  let marker = html.indexOf(ETAG_IGNORED)
  if (marker === -1) return html
  let kept = ''
  let from = 0
  while (marker !== -1) {
    const textStart = html.indexOf('>', marker) + 1
    if (textStart === 0) break
    const textEnd = html.indexOf('<', textStart)
    kept += html.slice(from, textStart)
    from = textEnd === -1 ? html.length : textEnd
    marker = html.indexOf(ETAG_IGNORED, from)
  }
  return kept + html.slice(from)
}

/** Signed-in pages are personal: never stored by shared caches, always revalidated. */
const PERSONAL_CACHE_CONTROL = 'private, no-cache'

function carriesBrowserSession(cookieHeader: string | undefined) {
  if (!cookieHeader) return false
  return cookieHeader
    .split(';')
    .some((pair) => BROWSER_SESSION_COOKIES.has(pair.slice(0, pair.indexOf('=')).trim()))
}

/**
 * Public read pages (home, articles, tags, profiles, search, about, weather).
 *
 * A browser with a session or remember-me cookie (signed in, returning, or
 * with a flash message waiting) gets the full web stack and a private page.
 * A visitor without them gets a guest render: no session, no Set-Cookie, and
 * Cache-Control plus an ETag so a CDN can serve it. The guest pages show no
 * POST form, so they need no CSRF token.
 */
export default class PublicPageMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { request, response } = ctx
    // The same URL renders differently with and without these cookies.
    response.vary('Cookie')

    if (carriesBrowserSession(request.header('cookie'))) {
      // Made only here: a guest render never pays for building the web stack.
      const webSession = await ctx.containerResolver.make(WebSessionMiddleware)
      await webSession.handle(ctx, next)
      response.header('Cache-Control', PERSONAL_CACHE_CONTROL)
      return
    }

    ctx.guestRender = true
    await next()
    const html = response.getBody()
    const shareable =
      response.getStatus() === 200 &&
      typeof html === 'string' &&
      response.getHeader('set-cookie') === undefined
    if (!shareable) return

    response.header('Cache-Control', GUEST_CACHE_CONTROL)
    // Weak: the same page, not necessarily the same bytes (see above).
    response.setEtag(withoutIgnoredText(html), true)
    if (response.fresh()) response.notModified(null)
  }
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    /**
     * Set for a guest render (a browser without a session or remember-me
     * cookie): nobody is signed in and there are no flash messages or old
     * input, so the page depends on its data and its URL alone.
     */
    guestRender?: boolean
  }
}
