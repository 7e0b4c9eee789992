import type { HttpContext } from '@adonisjs/core/http'
import UpdateUser from '#actions/users/update_user'
import UserTransformer from '#transformers/user_transformer'
import { apiUpdateUserValidator } from '#validators/user'

/** The account behind the token in use. */
export default class CurrentUsersController {
  show({ auth, request }: HttpContext) {
    return UserTransformer.user(auth.getUserOrFail(), bearerToken(request.header('authorization')))
  }

  async update({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    const { user: changes } = await request.validateUsing(apiUpdateUserValidator, {
      meta: { userId: user.id },
    })
    await new UpdateUser().handle(user, changes, {
      keepTokenId: user.currentAccessToken?.identifier as number | undefined,
    })
    return UserTransformer.user(user, bearerToken(request.header('authorization')))
  }
}

/** RealWorld echoes the token the client authenticated with. */
function bearerToken(header: string | undefined) {
  return header?.replace(/^bearer\s+/i, '') ?? ''
}
