import { unlink } from 'node:fs/promises'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * The body parser streams each uploaded file to the system's temporary
 * folder and leaves it there. Routes that take files remove them once the
 * request is answered, whether the upload was stored, refused or never read.
 */
export default class DiscardUploadsMiddleware {
  async handle({ request }: HttpContext, next: NextFn) {
    try {
      return await next()
    } finally {
      const files = Object.values(request.allFiles()).flat()
      await Promise.all(
        files.map((file) => (file.tmpPath ? unlink(file.tmpPath).catch(() => {}) : undefined))
      )
    }
  }
}
