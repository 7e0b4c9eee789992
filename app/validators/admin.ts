import vine from '@vinejs/vine'
import { ROLES } from '#models/user'
import { COMMENT_STATUSES } from '#models/comment'

/*
|--------------------------------------------------------------------------
| Admin area forms (users, comments)
|--------------------------------------------------------------------------
*/

export const ACCOUNT_STATUSES = ['active', 'inactive'] as const

export const updateUserRoleValidator = vine.create({
  role: vine.enum(ROLES),
})

export const updateUserStatusValidator = vine.create({
  status: vine.enum(ACCOUNT_STATUSES),
})

export const updateCommentVisibilityValidator = vine.create({
  status: vine.enum(COMMENT_STATUSES),
})

/*
|--------------------------------------------------------------------------
| Operators: node ace users:create
|--------------------------------------------------------------------------
|
| Username, e-mail and password follow the registration rules
| (registerValidator); only the role is checked here.
|
*/

export const accountRoleValidator = vine.create({
  role: vine.enum(ROLES),
})
