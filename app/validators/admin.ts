import vine from '@vinejs/vine'
import { ROLES } from '#models/user'
import { COMMENT_STATUSES } from '#models/comment'
import { filterChoice, filterText, pageField } from '#validators/page'

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

/*
|--------------------------------------------------------------------------
| Admin lists (query strings; see app/validators/page.ts)
|--------------------------------------------------------------------------
*/

export const adminUsersValidator = vine.create({ q: filterText(100), page: pageField() })

export const adminCommentsValidator = vine.create({
  status: filterChoice(COMMENT_STATUSES),
  page: pageField(),
})

export const adminArticlesValidator = vine.create({
  author: filterText(40),
  status: filterChoice(['published', 'draft']),
  page: pageField(),
})
