import type { Secret } from '@adonisjs/core/helpers'
import type { LucidModel } from '@adonisjs/lucid/types/model'
import { AccessToken, DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import { raw, selectRows, sql } from '#queries/sql'
import type {
  AccessTokenDbColumns,
  DbAccessTokensProviderOptions,
} from '@adonisjs/auth/types/access_tokens'

/** A token's last_used_at is rewritten at most this often, so a busy client does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000

/** Token ids are PostgreSQL `integer`s (`increments`): any other identifier matches no row. */
const MAX_TOKEN_ID = 2_147_483_647

/**
 * The library's database token store (create, all, find, delete, invalidate are
 * unchanged), plus `verifyWithOwner`: the check that `verify` does, and the
 * loading of the token's owner, in ONE SQL statement. See
 * app/auth/access_token_user_provider.ts for why.
 */
export class AccessTokensWithOwnerProvider<
  TokenableModel extends LucidModel,
> extends DbAccessTokensProvider<TokenableModel> {
  static forModel<TokenableModel extends LucidModel>(
    model: TokenableModel,
    options: Omit<DbAccessTokensProviderOptions<TokenableModel>, 'tokenableModel'> = {}
  ) {
    return new AccessTokensWithOwnerProvider<TokenableModel>({ tokenableModel: model, ...options })
  }

  /**
   * Verifies a publicly shared token like `verify` does (the secret compared
   * with the stored hash in constant time by AccessToken#verify; an unknown,
   * revoked or expired token is null) and returns it with its owner, a model
   * instance. One statement: a select of the token joined with its owner, and
   * a data-modifying CTE that sets last_used_at when it is unset or older than
   * a minute (and the token has not expired).
   */
  async verifyWithOwner(
    tokenValue: Secret<string>
  ): Promise<{ token: AccessToken; owner: InstanceType<TokenableModel> } | null> {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    if (!decoded || !isTokenId(decoded.identifier)) return null

    const model = this.options.tokenableModel
    model.boot()
    const ownerKey = model.$getColumn(model.primaryKey)?.columnName ?? model.primaryKey
    const now = new Date()
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS)
    const id = Number(decoded.identifier)

    // Through the read layer's runner: inside a transaction (a test's global
    // one) on Lucid's client, otherwise straight on a pooled connection.
    const [tokens, owners] = [raw(`"${this.table}"`), raw(`"${model.table}"`)]
    const [row] = await selectRows<Record<string, unknown>>(sql`
      WITH touched AS (
        UPDATE ${tokens} SET last_used_at = ${now}
        WHERE id = ${id} AND type = ${this.type}
          AND (last_used_at IS NULL OR last_used_at < ${staleBefore})
          AND (expires_at IS NULL OR expires_at > ${now})
        RETURNING id, last_used_at
      )
      SELECT o.*,
        t.id AS "token.id", t.tokenable_id AS "token.tokenable_id", t.type AS "token.type",
        t.name AS "token.name", t.hash AS "token.hash", t.abilities AS "token.abilities",
        t.created_at AS "token.created_at", t.updated_at AS "token.updated_at",
        coalesce(touched.last_used_at, t.last_used_at) AS "token.last_used_at",
        t.expires_at AS "token.expires_at"
      FROM ${tokens} AS t
      JOIN ${owners} AS o ON o.${raw(`"${ownerKey}"`)} = t.tokenable_id
      LEFT JOIN touched ON touched.id = t.id
      WHERE t.id = ${id} AND t.type = ${this.type}`)
    if (!row) return null

    const tokenColumns: Record<string, unknown> = {}
    const ownerColumns: Record<string, unknown> = {}
    for (const [column, value] of Object.entries(row)) {
      if (column.startsWith('token.')) tokenColumns[column.slice('token.'.length)] = value
      else ownerColumns[column] = value
    }

    const token = this.dbRowToAccessToken(tokenColumns as AccessTokenDbColumns)
    if (!token.verify(decoded.secret) || token.isExpired()) return null

    const owner = model.$createFromAdapterResult(
      ownerColumns
    ) as InstanceType<TokenableModel> | null
    return owner ? { token, owner } : null
  }
}

/** A positive integer that fits the id column; anything else would be a database error, not a 401. */
function isTokenId(identifier: string) {
  return /^[1-9]\d{0,9}$/.test(identifier) && Number(identifier) <= MAX_TOKEN_ID
}
