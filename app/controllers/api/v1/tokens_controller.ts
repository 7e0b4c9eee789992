import type { HttpContext } from '@adonisjs/core/http'

/** Signs out the token in use (other tokens keep working). */
export default class TokensController {
  async destroy({ auth, response }: HttpContext) {
    await auth.use('api').invalidateToken()
    return response.noContent()
  }
}
