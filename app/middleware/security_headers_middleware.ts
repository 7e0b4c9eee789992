import string from '@adonisjs/core/helpers/string'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import shieldConfig from '#config/shield'

/**
 * The static part of shield's headers (CSP, frame, nosniff, HSTS) as
 * name → value, computed once from config/shield.ts so both agree.
 */
function staticSecurityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {}
  const { csp, xFrame, contentTypeSniffing, hsts } = shieldConfig

  if (csp?.enabled && csp.directives) {
    const policy = Object.entries(csp.directives)
      .filter(([, values]) => Array.isArray(values))
      .map(([name, values]) => {
        const directive = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
        // A nonce exists only where shield runs and shares it with the view;
        // elsewhere '@nonce' is left out, so no inline script is allowed.
        const sources = (values as string[]).filter((source) => source !== '@nonce')
        return [directive, ...sources].join(' ')
      })
      .join(';')
    headers[csp.reportOnly ? 'Content-Security-Policy-Report-Only' : 'Content-Security-Policy'] =
      policy
  }
  if (xFrame?.enabled) headers['X-Frame-Options'] = xFrame.action ?? 'DENY'
  if (contentTypeSniffing?.enabled) headers['X-Content-Type-Options'] = 'nosniff'
  if (hsts?.enabled) {
    const maxAge = string.seconds.parse(hsts.maxAge ?? '180 days')
    headers['Strict-Transport-Security'] =
      `max-age=${maxAge}` + (hsts.includeSubDomains ? '; includeSubDomains' : '')
  }
  return headers
}

const HEADERS = staticSecurityHeaders()

/**
 * Shield runs only in the web stack (start/routes.ts), so everything else
 * (guest renders of public pages, the API, health probes, feeds, 404s for
 * unknown URLs, static files) would go out without its headers. This server
 * middleware gives every response the same static headers; where shield did
 * run, its own CSP (which may carry a nonce) wins.
 */
export default class SecurityHeadersMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    for (const [name, value] of Object.entries(HEADERS)) ctx.response.header(name, value)
    await next()

    // Shield writes its CSP straight onto the Node response; keep that value.
    const shieldPolicy = ctx.response.response.getHeader('content-security-policy')
    if (shieldPolicy !== undefined) ctx.response.header('Content-Security-Policy', shieldPolicy)
  }
}
