import { defineConfig } from '@adonisjs/auth'
import { sessionGuard } from '@adonisjs/auth/session'
import { sessionUserWithUnreadProvider } from '#auth/session_user_provider'
import { tokensGuard } from '@adonisjs/auth/access_tokens'
import { oneQueryTokensUserProvider } from '#auth/access_token_user_provider'
import type { InferAuthenticators, InferAuthEvents, Authenticators } from '@adonisjs/auth/types'

const authConfig = defineConfig({
  default: 'web',
  guards: {
    /** Browser pages: session cookie, with optional "remember me"; the user comes with their unread count. */
    web: sessionGuard({
      useRememberMeTokens: true,
      rememberMeTokensAge: '30 days',
      provider: sessionUserWithUnreadProvider({
        model: () => import('#models/user'),
      }),
    }),

    /**
     * JSON API: opaque Lucid access tokens (`Token` scheme: token_scheme_middleware).
     * Our provider checks a token and loads its user in one SQL statement.
     */
    api: tokensGuard({
      provider: oneQueryTokensUserProvider({
        tokens: 'accessTokens',
        model: () => import('#models/user'),
      }),
    }),
  },
})

export default authConfig

declare module '@adonisjs/auth/types' {
  export interface Authenticators extends InferAuthenticators<typeof authConfig> {}
}
declare module '@adonisjs/core/types' {
  interface EventsList extends InferAuthEvents<Authenticators> {}
}
