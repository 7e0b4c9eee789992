import { Exception } from '@adonisjs/core/exceptions'

/**
 * "You may not do this", answered with the 403 page. Bouncer's own
 * E_AUTHORIZATION_FAILURE handles itself and turns a refused form post into a
 * redirect back with a flash, which hides the refusal from the status code;
 * page controllers check with `bouncer.denies()` and throw this instead.
 */
export default class ForbiddenException extends Exception {
  static status = 403
  static code = 'E_FORBIDDEN'
  static message = 'Access denied'
}
