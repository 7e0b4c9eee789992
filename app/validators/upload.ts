import vine from '@vinejs/vine'

/**
 * An uploaded image, as far as the request can tell: a file of at most 5 MB.
 * Its type is not taken from its name or header; #services/images reads the
 * content and refuses anything that is not a JPEG, PNG, WebP or GIF.
 */
export const imageFile = () => vine.file({ size: '5mb' })

/** An API image upload: multipart, one field `file`. */
export const apiUploadValidator = vine.create({
  file: imageFile(),
})
