import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import CreateUser from '#actions/users/create_user'
import SendEmailVerification from '#actions/users/send_email_verification'
import UserTransformer from '#transformers/user_transformer'
import { apiRegisterValidator } from '#validators/user'

/** Registration, answered with a token. */
export default class UsersController {
  async store({ request, response }: HttpContext) {
    const { user: payload } = await request.validateUsing(apiRegisterValidator)
    const user = await new CreateUser().handle(payload)
    // The account works at once; the link only confirms the address.
    await new SendEmailVerification().handle(user)
    const token = await User.accessTokens.create(user)
    return response.created(UserTransformer.user(user, token.value!.release()))
  }
}
