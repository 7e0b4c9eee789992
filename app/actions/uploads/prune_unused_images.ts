import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import { parseUploadKey, parseUploadUrl } from '#services/images'

/**
 * Deletes uploads nobody uses: an image sent through the API's uploads and
 * never set as a picture, or left behind by a storage failure. Replaced and
 * deleted pictures are removed when that happens; this sweeps the rest. An
 * upload is kept for `graceMs` after it was stored (a client sets its URL
 * right after uploading).
 */
export default class PruneUnusedImages {
  async handle(options: { graceMs: number }): Promise<{ kept: number; removed: string[] }> {
    const disk = drive.use()
    const newest = new Map<string, number>()
    let paginationToken: string | undefined
    do {
      const page = await disk.listAll('/', { recursive: true, paginationToken })
      for (const object of page.objects) {
        if (object.isDirectory) continue
        const image = parseUploadKey(object.key)
        if (!image) continue
        const { lastModified } = await object.getMetaData()
        newest.set(image.folder, Math.max(newest.get(image.folder) ?? 0, lastModified.getTime()))
      }
      paginationToken = page.paginationToken
    } while (paginationToken)

    const { rows } = await db.rawQuery<{ rows: { url: string }[] }>(
      `SELECT image AS url FROM users WHERE image LIKE '/uploads/%'
       UNION SELECT cover_image FROM articles WHERE cover_image LIKE '/uploads/%'`
    )
    const used = new Set(rows.map(({ url }) => parseUploadUrl(url)?.folder))

    const cutoff = Date.now() - options.graceMs
    const removed: string[] = []
    for (const [folder, storedAt] of newest) {
      if (used.has(folder) || storedAt > cutoff) continue
      await disk.deleteAll(folder)
      removed.push(folder)
    }
    return { kept: newest.size - removed.length, removed }
  }
}
