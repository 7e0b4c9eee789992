/*
|--------------------------------------------------------------------------
| ctx.viewer
|--------------------------------------------------------------------------
|
| Who is reading, for the read layer (app/queries): the signed-in user
| (session on pages, token in the API) when their account is active, else
| null. A deactivated account reads as a guest.
|
*/

import { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'

HttpContext.getter('viewer', function (this: HttpContext) {
  const user = this.auth?.user
  return user?.isActive ? user : null
})

declare module '@adonisjs/core/http' {
  interface HttpContext {
    viewer: User | null
  }
}
