import hash from '@adonisjs/core/services/hash'
import { errors as vineErrors } from '@vinejs/vine'
import type User from '#models/user'
import UpdateUser from '#actions/users/update_user'

/**
 * Changes a password once the current one is confirmed. A wrong current
 * password is reported like any other invalid field, next to that field.
 */
export default class UpdatePassword {
  async handle(user: User, currentPassword: string, newPassword: string) {
    if (!(await hash.verify(user.password, currentPassword))) {
      throw new vineErrors.E_VALIDATION_ERROR([
        {
          field: 'current_password',
          rule: 'current_password',
          message: 'The current password is not correct.',
        },
      ])
    }
    return new UpdateUser().handle(user, { password: newPassword })
  }
}
