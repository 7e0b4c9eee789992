import type { HttpContext } from '@adonisjs/core/http'
import CreateUser from '#actions/users/create_user'
import SendEmailVerification from '#actions/users/send_email_verification'
import { registerValidator } from '#validators/user'

/** Opens an account from the sign-up form and signs the new member in. */
export default class RegistrationsController {
  create({ view }: HttpContext) {
    return view.render('pages/auth/register')
  }

  async store({ request, auth, session, response }: HttpContext) {
    const { username, email, password } = await request.validateUsing(registerValidator)
    const user = await new CreateUser().handle({ username, email, password })
    await new SendEmailVerification().handle(user)
    await auth.use('web').login(user)
    session.flash('success', `Welcome to Folio, ${user.username}!`)
    return response.redirect().toRoute('main.home')
  }
}
