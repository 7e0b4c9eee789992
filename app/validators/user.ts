import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import { storedImageUrl } from '#services/images'
import { imageFile } from '#validators/upload'
import { multiLineText, optionalNotNull, singleLineText, verbatimText } from '#validators/text'

/**
 * Field rules shared by the pages and the API. Uniqueness is checked
 * case-insensitively and, on updates, ignores the user being updated
 * (passed as `meta.userId`).
 */
function excludeSelf(
  query: { whereNot(column: string, value: number): unknown },
  _value: string,
  field: FieldContext
) {
  const userId = (field.meta as { userId?: number }).userId
  if (userId) query.whereNot('id', userId)
}

const username = () =>
  vine
    .string()
    .trim()
    .minLength(3)
    .maxLength(40)
    .regex(/^[A-Za-z0-9_-]+$/)
    .unique({ table: 'users', column: 'username', caseInsensitive: true, filter: excludeSelf })

const email = () =>
  singleLineText({ max: 254 })
    .email()
    .toLowerCase()
    .unique({ table: 'users', column: 'email', caseInsensitive: true, filter: excludeSelf })

/** Passwords are taken as typed: spaces count. */
const newPassword = () => verbatimText({ min: 8, max: 128 })

/** An empty profile field clears it, whether sent as "", spaces or null. */
const emptyAsNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value

const profile = {
  image: vine
    .string()
    .parse(emptyAsNull)
    .trim()
    .maxLength(2048)
    .url({ protocols: ['http', 'https'] })
    // This site's own uploads are kept as paths (see #services/images).
    .transform((url) => storedImageUrl(url))
    .nullable()
    .optional(),
  bio: multiLineText({ max: 2000 }).parse(emptyAsNull).nullable().optional(),
  location: singleLineText({ min: 0, max: 120 }).parse(emptyAsNull).nullable().optional(),
}

export const registerValidator = vine.create({
  username: username(),
  email: email(),
  password: newPassword().confirmed({ confirmationField: 'password_confirmation' }),
})

export const loginValidator = vine.create({
  email: singleLineText({ min: 0, max: 254 }).toLowerCase(),
  password: verbatimText({ max: 128 }),
  remember: vine.boolean().optional(),
  next: vine.string().optional(),
})

export const updateSettingsValidator = vine.withMetaData<{ userId: number }>().create({
  username: username(),
  email: email(),
  ...profile,
  // An uploaded picture wins over the URL field.
  avatar: imageFile().optional(),
})

export const updatePasswordValidator = vine.create({
  current_password: verbatimText({ max: 128 }),
  password: newPassword().confirmed({ confirmationField: 'password_confirmation' }),
})

/*
|--------------------------------------------------------------------------
| JSON API (RealWorld wraps payloads in "user")
|--------------------------------------------------------------------------
*/

export const apiRegisterValidator = vine.create({
  user: vine.object({ username: username(), email: email(), password: newPassword() }),
})

export const apiLoginValidator = vine.create({
  user: vine.object({
    email: singleLineText({ min: 0, max: 254 }).toLowerCase(),
    password: verbatimText({ max: 128 }),
  }),
})

export const apiUpdateUserValidator = vine.withMetaData<{ userId: number }>().create({
  user: vine.object({
    username: optionalNotNull(username()),
    email: optionalNotNull(email()),
    password: optionalNotNull(newPassword()),
    ...profile,
  }),
})

/*
|--------------------------------------------------------------------------
| Password reset (pages and API)
|--------------------------------------------------------------------------
*/

const resetEmail = () => vine.string().trim().toLowerCase().maxLength(254).email()
const resetToken = () => vine.string().trim().minLength(1).maxLength(200)

export const passwordResetRequestValidator = vine.create({ email: resetEmail() })

export const passwordResetValidator = vine.create({
  password: newPassword().confirmed({ confirmationField: 'password_confirmation' }),
})

export const apiPasswordResetRequestValidator = vine.create({
  user: vine.object({ email: resetEmail() }),
})

export const apiPasswordResetConfirmValidator = vine.create({
  user: vine.object({ token: resetToken(), password: newPassword() }),
})

export const notificationPreferencesValidator = vine.create({
  comment: vine.enum(['email', 'site', 'off'] as const),
  follow: vine.enum(['email', 'site', 'off'] as const),
})
