import vine from '@vinejs/vine'

/*
|--------------------------------------------------------------------------
| Web forms (the comment form under an article)
|--------------------------------------------------------------------------
*/

export const createCommentValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(5000),
})
