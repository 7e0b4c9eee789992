import type { HttpContext } from '@adonisjs/core/http'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { errors as vineErrors } from '@vinejs/vine'
import StoreImage from '#actions/uploads/store_image'
import ReuseImage from '#actions/uploads/reuse_image'

type Messages = { field: string; message: string }[]

/**
 * What a submitted editor asks of the article's cover: none ("remove"), a
 * new file (stored now), the one chosen in an earlier round of the same form
 * (`cover_upload`, reused), or no change (undefined). A refused file or an
 * unusable earlier choice fails as a validation error on `cover`.
 */
export async function coverChange(
  editor: { id: number },
  input: { cover?: MultipartFile; coverUpload?: string; removeCover?: boolean }
): Promise<string | null | undefined> {
  if (input.removeCover) return null
  if (!input.cover && !input.coverUpload) return undefined
  return coverOf(editor, { cover: input.cover, chosen: input.coverUpload })
}

/** A new cover file, stored, or an earlier choice, reused; null when neither was sent. */
function coverOf(
  editor: { id: number },
  { cover, chosen }: { cover?: MultipartFile; chosen?: string }
): Promise<string | null> {
  if (cover) return new StoreImage().handle(editor, cover, { kind: 'cover', field: 'cover' })
  if (chosen) return new ReuseImage().handle(editor, chosen, { kind: 'cover', field: 'cover' })
  return Promise.resolve(null)
}

/**
 * For an editor sent back (a preview, or errors to correct): the cover chosen
 * so far, stored, so that the form can carry it into the next round (a browser
 * cannot refill a file field), plus the messages with any reason the chosen
 * file was refused. No cover when the cover field itself has an error or
 * "remove" is ticked. An unused upload is swept a day later.
 */
export async function pendingCover(
  { request, auth }: HttpContext,
  messages: Messages
): Promise<{ pendingCover: string | null; messages: Messages }> {
  const removed = ['true', 'on', '1'].includes(String(request.input('remove_cover')))
  if (removed || messages.some(({ field }) => field === 'cover')) {
    return { pendingCover: null, messages }
  }
  const chosen = request.input('cover_upload')
  try {
    const url = await coverOf(auth.getUserOrFail(), {
      cover: request.file('cover') ?? undefined,
      chosen: typeof chosen === 'string' && chosen !== '' ? chosen : undefined,
    })
    return { pendingCover: url, messages }
  } catch (error) {
    if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
    return { pendingCover: null, messages: [...messages, ...error.messages] }
  }
}
