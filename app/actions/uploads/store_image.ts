import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import drive from '@adonisjs/drive/services/main'
import { errors } from '@vinejs/vine'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import {
  ImageRejectedError,
  processImage,
  uploadPath,
  type ImageKind,
  type ProcessedImage,
} from '#services/images'

/**
 * Checks an uploaded image, stores its variants on the uploads disk and
 * returns the path of the largest fallback. A refused file stores nothing
 * and fails as a validation error on `field`, like any other bad input.
 * (The body parser's temporary file is removed by the discardUploads middleware.)
 */
export default class StoreImage {
  async handle(
    owner: { id: number },
    file: MultipartFile,
    options: { kind: ImageKind; field: string }
  ): Promise<string> {
    let image: ProcessedImage
    try {
      const folder = `${options.kind}/${owner.id}-${randomBytes(4).toString('hex')}`
      image = await processImage(await readFile(file.tmpPath!), options.kind, folder)
    } catch (error) {
      if (!(error instanceof ImageRejectedError)) throw error
      throw new errors.E_VALIDATION_ERROR([
        { field: options.field, message: error.message, rule: 'image' },
      ])
    }

    const disk = drive.use()
    try {
      for (const variant of image.variants) {
        await disk.put(variant.key, variant.bytes, { contentType: variant.contentType })
      }
    } catch (error) {
      await disk.deleteAll(image.folder).catch(() => {})
      throw error
    }
    return uploadPath(image.key)
  }
}
