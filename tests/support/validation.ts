import { errors } from '@vinejs/vine'

/**
 * What a validator refuses, as `{ field: message }` (the first message per
 * field, fields by their full path such as `user.email`). Throws when the
 * operation succeeds or fails in another way, so a test that expects a
 * refusal cannot pass on an accepted input.
 */
export async function refusals(operation: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await operation
  } catch (error) {
    if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
    const byField: Record<string, string> = {}
    for (const { field, message } of error.messages as { field: string; message: string }[]) {
      byField[field] ??= message
    }
    return byField
  }
  throw new Error('Expected a validation error, but the input was accepted')
}
