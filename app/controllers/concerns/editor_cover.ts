import type { HttpContext } from '@adonisjs/core/http'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { errors as vineErrors } from '@vinejs/vine'
import StoreImage from '#actions/uploads/store_image'
import ReuseImage from '#actions/uploads/reuse_image'
import { editorCoverValidator } from '#validators/article'

type Messages = { field: string; message: string }[]

/**
 * What a submitted editor asks of the article's cover, in this order: a new
 * file (stored now), none ("remove"), the one chosen in an earlier round of
 * the same form (`cover_upload`, reused), or no change (undefined). A
 * refused file or an unusable earlier choice fails as a validation error on
 * `cover`.
 */
export async function coverChange(
  editor: { id: number },
  input: { cover?: MultipartFile; coverUpload?: string; removeCover?: boolean }
): Promise<string | null | undefined> {
  if (input.cover) {
    return new StoreImage().handle(editor, input.cover, { kind: 'cover', field: 'cover' })
  }
  if (input.removeCover) return null
  if (input.coverUpload) {
    return new ReuseImage().handle(editor, input.coverUpload, { kind: 'cover', field: 'cover' })
  }
  return undefined
}

/**
 * For an editor sent back (a preview, or errors to correct): the cover chosen
 * so far, stored, so that the form can carry it into the next round (a browser
 * cannot refill a file field), plus the messages with any reason the chosen
 * file was refused. No cover when the cover field itself has an error, or
 * when "remove" is ticked and no new file chosen. An unused upload is swept a
 * day later.
 */
export async function pendingCover(
  { request, auth }: HttpContext,
  messages: Messages
): Promise<{ pendingCover: string | null; messages: Messages }> {
  if (messages.some(({ field }) => field === 'cover')) return { pendingCover: null, messages }
  try {
    const {
      cover,
      cover_upload: coverUpload,
      remove_cover: removeCover,
    } = await request.validateUsing(editorCoverValidator)
    const chosen = await coverChange(auth.getUserOrFail(), { cover, coverUpload, removeCover })
    return { pendingCover: chosen ?? null, messages }
  } catch (error) {
    if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
    // Only what the form's own validation has not said already.
    const added = error.messages.filter(
      (message: { field: string }) => !messages.some(({ field }) => field === message.field)
    )
    return { pendingCover: null, messages: [...messages, ...added] }
  }
}
