import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import { parseUploadUrl } from '#services/images'

/**
 * Removes every stored variant of an uploaded image that is no longer used.
 * `ownerId`, when given, must match the uploader: an account may point its
 * `image` at anybody's upload, and replacing it must not delete theirs.
 * Runs after the change is committed; a storage failure is logged, never
 * undoes the change (the files are then merely orphaned).
 */
export default class DeleteImage {
  async handle(url: string | null | undefined, options: { ownerId?: number } = {}) {
    const image = parseUploadUrl(url)
    if (!image) return
    if (options.ownerId !== undefined && image.ownerId !== options.ownerId) return
    try {
      await drive.use().deleteAll(image.folder)
    } catch (error) {
      logger.warn({ err: error, folder: image.folder }, 'could not delete a replaced image')
    }
  }
}
