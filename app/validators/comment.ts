import vine from '@vinejs/vine'
import { multiLineText } from '#validators/text'

/*
|--------------------------------------------------------------------------
| Web forms (the comment form under an article)
|--------------------------------------------------------------------------
*/

export const createCommentValidator = vine.create({
  body: multiLineText({ max: 5000 }),
  /** The comment answered, for a reply (the form under each comment sends it). */
  parentId: vine.number().withoutDecimals().positive().optional(),
})
