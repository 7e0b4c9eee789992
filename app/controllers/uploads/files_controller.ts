import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import { parseUploadKey } from '#services/images'

const CONTENT_TYPES = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' } as const

/**
 * One stored image variant, from the local disk or the
 * bucket alike. A file's name carries the hash of its content, so it never
 * changes and browsers may keep it for a year without asking again.
 */
export default class FilesController {
  async show({ params, response }: HttpContext) {
    const image = parseUploadKey((params['*'] as string[]).join('/'))
    if (!image) return response.notFound('Not found')
    let bytes: Uint8Array
    try {
      bytes = await drive.use().getBytes(image.key)
    } catch (error) {
      if (isMissingFile(error)) return response.notFound('Not found')
      throw error
    }
    response.header('Content-Type', CONTENT_TYPES[image.extension])
    response.header('Cache-Control', 'public, max-age=31536000, immutable')
    // An image, never a document: nothing in it may run even if opened directly.
    response.header('Content-Security-Policy', "default-src 'none'; sandbox")
    return response.send(Buffer.from(bytes))
  }
}

/** A file that is not there (deleted, never stored), as opposed to storage that failed. */
function isMissingFile(error: unknown) {
  const cause = (error as { cause?: { code?: string; name?: string } }).cause
  return cause?.code === 'ENOENT' || cause?.name === 'NoSuchKey' || cause?.name === 'NotFound'
}
