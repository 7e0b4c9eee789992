import type { HttpContext } from '@adonisjs/core/http'
import VerifyCredentials from '#actions/auth/verify_credentials'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { safeNextPath } from '#services/safe_redirect'
import { loginValidator } from '#validators/user'

/** Signs people in and out of the browser session. */
export default class SessionsController {
  create({ view, request }: HttpContext) {
    return view.render('pages/auth/login', { next: safeNextPath(request.input('next')) })
  }

  async store({ request, auth, session, response }: HttpContext) {
    const { email, password, remember, next } = await request.validateUsing(loginValidator)
    const user = await new VerifyCredentials().handle(email, password, request.ip())

    // login() also renews the session id, so a planted session cannot be reused.
    await auth.use('web').login(user, !!remember)
    session.flash('success', `Welcome back, ${user.username}.`)

    return response.redirect(safeNextPath(next) ?? urlFor('main.home'))
  }

  async destroy({ auth, session, response }: HttpContext) {
    await auth.use('web').logout()
    session.flash('success', 'You are signed out.')
    return response.redirect().toRoute('main.home')
  }
}
