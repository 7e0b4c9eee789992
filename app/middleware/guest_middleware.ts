import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** Keeps signed-in users away from the sign-in and registration pages. */
export default class GuestMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const web = ctx.auth.use('web')
    if ((await web.check()) && web.user?.isActive) {
      return ctx.response.redirect().toRoute('main.home')
    }
    return next()
  }
}
