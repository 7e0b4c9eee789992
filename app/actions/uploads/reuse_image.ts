import drive from '@adonisjs/drive/services/main'
import { errors } from '@vinejs/vine'
import { parseUploadUrl, uploadPath, type ImageKind } from '#services/images'

/**
 * An image the owner uploaded with a form that came back (a preview, or a
 * field to correct), sent again by that form in place of the file, which a
 * browser cannot refill. Returns its path when it is the owner's own upload
 * of that kind and is still stored (unused uploads are swept after a day);
 * otherwise a validation error on `field`, asking for the file again.
 */
export default class ReuseImage {
  async handle(
    owner: { id: number },
    url: string,
    options: { kind: ImageKind; field: string }
  ): Promise<string> {
    const image = parseUploadUrl(url)
    const usable =
      image?.kind === options.kind &&
      image.ownerId === owner.id &&
      (await drive.use().exists(image.key))
    if (!usable) {
      throw new errors.E_VALIDATION_ERROR([
        {
          field: options.field,
          message: 'The image chosen earlier is no longer available: choose it again.',
          rule: 'image',
        },
      ])
    }
    return uploadPath(image.key)
  }
}
