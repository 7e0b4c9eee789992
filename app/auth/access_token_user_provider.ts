import type { Secret } from '@adonisjs/core/helpers'
import { RuntimeException } from '@adonisjs/core/exceptions'
import type { LucidModel } from '@adonisjs/lucid/types/model'
import { AccessTokensLucidUserProvider } from '@adonisjs/auth/access_tokens'
import type {
  AccessTokensLucidUserProviderOptions,
  LucidTokenable,
} from '@adonisjs/auth/types/access_tokens'
import { AccessTokensWithOwnerProvider } from '#auth/access_tokens_provider'

/** A model whose `tokens` property is an AccessTokensWithOwnerProvider. */
type TokenableWithOwner<TokenableProperty extends string> = LucidTokenable<TokenableProperty> & {
  [K in TokenableProperty]: AccessTokensWithOwnerProvider<LucidModel>
}

/**
 * The API guard's user provider. It exists so that an authenticated API
 * request costs ONE SQL statement for its token: the stock provider
 * (tokensUserProvider) selects the token, updates its last_used_at on every
 * request, then selects the user, three statements.
 *
 * AccessTokensGuard.authenticate calls `verifyToken(secret)` and, right after
 * it, `findById(token.tokenableId)`. Here `verifyToken` loads the token and its
 * user in one statement (AccessTokensWithOwnerProvider#verifyWithOwner) and
 * holds the user for that `findById`. Everything else (creating and
 * invalidating tokens, the user adapter) is the stock provider's.
 */
export class OneQueryTokensUserProvider<
  TokenableProperty extends string,
  UserModel extends TokenableWithOwner<TokenableProperty>,
> extends AccessTokensLucidUserProvider<TokenableProperty, UserModel> {
  /**
   * Users loaded by `verifyToken`, by id, until the guard's `findById` takes
   * them. The guard calls `findById` in the same turn of the event loop, so
   * whatever is not taken by then is dropped (never served stale later).
   */
  #verifiedUsers = new Map<string, InstanceType<UserModel>[]>()

  async verifyToken(tokenValue: Secret<string>) {
    const tokens = await this.getTokensProvider()
    if (!(tokens instanceof AccessTokensWithOwnerProvider)) {
      const model = await this.getModel()
      throw new RuntimeException(
        `"${model.name}.${this.options.tokens}" must be an AccessTokensWithOwnerProvider to verify tokens in one query`
      )
    }
    const verified = await tokens.verifyWithOwner(tokenValue)
    if (!verified) return null
    this.#hold(String(verified.token.tokenableId), verified.owner as InstanceType<UserModel>)
    return verified.token
  }

  async findById(identifier: string | number | BigInt) {
    const user = this.#take(String(identifier))
    return user ? this.createUserForGuard(user) : super.findById(identifier)
  }

  #hold(key: string, user: InstanceType<UserModel>) {
    const waiting = this.#verifiedUsers.get(key)
    if (waiting) waiting.push(user)
    else this.#verifiedUsers.set(key, [user])
    setImmediate(() => this.#drop(key, user))
  }

  #take(key: string) {
    const waiting = this.#verifiedUsers.get(key)
    const user = waiting?.shift()
    if (waiting?.length === 0) this.#verifiedUsers.delete(key)
    return user
  }

  #drop(key: string, user: InstanceType<UserModel>) {
    const waiting = this.#verifiedUsers.get(key)
    if (!waiting?.includes(user)) return
    waiting.splice(waiting.indexOf(user), 1)
    if (waiting.length === 0) this.#verifiedUsers.delete(key)
  }
}

/** Like `tokensUserProvider` from @adonisjs/auth/access_tokens, one statement per authenticated request. */
export function oneQueryTokensUserProvider<
  TokenableProperty extends string,
  UserModel extends TokenableWithOwner<TokenableProperty>,
>(options: AccessTokensLucidUserProviderOptions<TokenableProperty, UserModel>) {
  return new OneQueryTokensUserProvider(options)
}
