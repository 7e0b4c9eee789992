import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import VerifyCredentials from '#actions/auth/verify_credentials'
import UserTransformer from '#transformers/user_transformer'
import { apiLoginValidator } from '#validators/user'

/** Exchanges e-mail and password for a new token. */
export default class SessionsController {
  async store({ request }: HttpContext) {
    const { user: credentials } = await request.validateUsing(apiLoginValidator)
    const user = await new VerifyCredentials().handle(
      credentials.email,
      credentials.password,
      request.ip()
    )
    const token = await User.accessTokens.create(user)
    return UserTransformer.user(user, token.value!.release())
  }
}
