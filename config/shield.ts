import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

const shieldConfig = defineConfig({
  /**
   * No inline scripts or styles anywhere: everything the pages need is
   * served from /css and /js, so a stored XSS payload cannot execute.
   */
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`],
      styleSrc: [`'self'`],
      imgSrc: [`'self'`, 'data:', 'https:', 'http:'],
      fontSrc: [`'self'`],
      connectSrc: [`'self'`],
      formAction: [`'self'`],
      frameAncestors: [`'none'`],
      objectSrc: [`'none'`],
      baseUri: [`'self'`],
    },
    reportOnly: false,
  },

  /**
   * Cookie-authenticated forms carry a CSRF token. Shield runs only in the
   * web stack (start/routes.ts); the JSON API under /api/ never runs it, as
   * it authenticates with a token header, which a cross-site form cannot send.
   */
  csrf: {
    enabled: true,
    enableXsrfCookie: false,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },

  xFrame: { enabled: true, action: 'DENY' },

  hsts: { enabled: app.inProduction, maxAge: '180 days', includeSubDomains: true },

  contentTypeSniffing: { enabled: true },
})

export default shieldConfig
