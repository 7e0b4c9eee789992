import vine from '@vinejs/vine'

/*
|--------------------------------------------------------------------------
| Web forms (the comment form under an article)
|--------------------------------------------------------------------------
*/

export const createCommentValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(5000),
  /** The comment answered, for a reply (the form under each comment sends it). */
  parentId: vine.number().withoutDecimals().positive().optional(),
})
