import type { HttpContext } from '@adonisjs/core/http'
import StoreImage from '#actions/uploads/store_image'
import { absoluteUrl } from '#services/images'
import { apiUploadValidator } from '#validators/upload'

/** Uploading an image (extension): an image for the account, as a URL usable as `image`. */
export default class UploadsController {
  async store({ auth, request, response }: HttpContext) {
    const { file } = await request.validateUsing(apiUploadValidator)
    const path = await new StoreImage().handle(auth.getUserOrFail(), file, {
      kind: 'avatar',
      field: 'file',
    })
    return response.created({ upload: { url: absoluteUrl(path) } })
  }
}
