import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

/**
 * A role or status change that would lock people out: changing your own
 * account, or leaving the site without an active admin. Pages get the
 * reason as a flash message on the page they came from.
 */
export default class AccountSafeguardError extends Exception {
  static status = 422
  static code = 'E_ACCOUNT_SAFEGUARD'

  async handle(error: this, ctx: HttpContext) {
    ctx.session.flash('error', error.message)
    return ctx.response.redirect().withQs().back()
  }
}
