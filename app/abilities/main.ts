/*
|--------------------------------------------------------------------------
| Bouncer abilities
|--------------------------------------------------------------------------
|
| Role-wide permissions. Record-level rules live in app/policies.
| Templates use them as @can('accessAdmin').
|
*/

import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

/** Moderators and admins reach the admin area (comments and articles). */
export const accessAdmin = Bouncer.ability((user: User) => user.isModerator)

/** Only admins manage accounts and roles. */
export const manageUsers = Bouncer.ability((user: User) => user.isAdmin)
