import type { HttpContext } from '@adonisjs/core/http'
import RequestPasswordReset from '#actions/auth/request_password_reset'
import { apiPasswordResetRequestValidator } from '#validators/user'

/** Asking for a password reset (extension): mails a reset link, if the address has an account. */
export default class PasswordResetsController {
  async store({ request, response }: HttpContext) {
    const { user } = await request.validateUsing(apiPasswordResetRequestValidator)
    await new RequestPasswordReset().handle(user.email)
    // 202 for every address: the answer never tells whether an account exists.
    return response.accepted({
      message: 'If an account uses this address, a password reset link has been sent to it.',
    })
  }
}
