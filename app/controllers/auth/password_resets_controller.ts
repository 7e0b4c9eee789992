import type { HttpContext } from '@adonisjs/core/http'
import RequestPasswordReset from '#actions/auth/request_password_reset'
import ResetPassword from '#actions/auth/reset_password'
import { isUsableToken } from '#queries/user_tokens'
import { passwordResetRequestValidator, passwordResetValidator } from '#validators/user'

const SENT =
  'If an account uses that address, a message with a link to choose a new password is on its way. The link works for one hour.'

/** "Forgot your password?": ask for a link, then choose a new password with it. */
export default class PasswordResetsController {
  create({ view }: HttpContext) {
    return view.render('pages/auth/password_reset_request')
  }

  async store({ request, session, response }: HttpContext) {
    const { email } = await request.validateUsing(passwordResetRequestValidator)
    await new RequestPasswordReset().handle(email)
    // The same answer for every address: nobody learns who has an account.
    session.flash('success', SENT)
    return response.redirect().toRoute('auth.password_reset.create')
  }

  async edit({ view, params }: HttpContext) {
    const usable = await isUsableToken(params.token, 'password_reset')
    return view.render('pages/auth/password_reset', { token: params.token, usable })
  }

  async update({ request, params, session, response }: HttpContext) {
    const { password } = await request.validateUsing(passwordResetValidator)
    await new ResetPassword().handle(params.token, password)
    session.flash('success', 'Your password has been changed. Sign in with the new one.')
    return response.redirect().toRoute('auth.login')
  }
}
