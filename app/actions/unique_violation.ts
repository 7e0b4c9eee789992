import { errors as vineErrors } from '@vinejs/vine'

/**
 * True when `error` is PostgreSQL's unique violation (23505) on `constraint`.
 * Validators check uniqueness for a friendly message, but only the database
 * decides between two writers that checked at the same moment.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const { code, constraint: violated } = (error ?? {}) as { code?: string; constraint?: string }
  return code === '23505' && violated === constraint
}

/** Unique account fields and the constraint that guards each. */
const ACCOUNT_CONSTRAINTS = {
  username: 'users_username_lower_unique',
  email: 'users_email_unique',
} as const

/**
 * Runs an account write; a username or e-mail taken meanwhile by someone
 * else becomes the validator's own 422 ("The username has already been
 * taken"), on the site and in the API alike.
 */
export async function whileAccountFieldsAreFree<Result>(write: () => Promise<Result>) {
  try {
    return await write()
  } catch (error) {
    for (const [field, constraint] of Object.entries(ACCOUNT_CONSTRAINTS)) {
      if (isUniqueViolation(error, constraint)) {
        throw new vineErrors.E_VALIDATION_ERROR([
          { field, message: `The ${field} has already been taken`, rule: 'database.unique' },
        ])
      }
    }
    throw error
  }
}
