import type { HttpContext } from '@adonisjs/core/http'
import ResetPassword from '#actions/auth/reset_password'
import { apiPasswordResetConfirmValidator } from '#validators/user'

/**
 * Confirming a password reset (extension): sets a new password
 * with the token from the reset link. Every session and API token of the
 * account stops working; the client signs in again.
 */
export default class PasswordResetConfirmationsController {
  async store({ request, response }: HttpContext) {
    const { user } = await request.validateUsing(apiPasswordResetConfirmValidator)
    await new ResetPassword().handle(user.token, user.password)
    return response.ok({ message: 'Your password has been changed. Sign in with the new one.' })
  }
}
