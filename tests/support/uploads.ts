import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import S3rver from 's3rver'
import sharp from 'sharp'
import type { Assert } from '@japa/assert'
import { responsiveImage } from '#services/images'
import { metadataLeft } from '#tests/support/images'

/** Every file under `directory`, as paths relative to it (none when it does not exist). */
export async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort()
}

export const S3_BUCKET = 'folio-uploads-test'
export const S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/** A real S3-compatible server (s3rver, from npm) on a free local port, storing under a temporary folder. */
export async function startS3Server() {
  const directory = await mkdtemp(join(tmpdir(), 'folio-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: S3_BUCKET, configs: [] }],
  })
  const { port } = await server.run()
  return {
    endpoint: `http://127.0.0.1:${port}`,
    /** The objects of the bucket, as keys (s3rver keeps each object as files under its folder). */
    async objects() {
      const files = await filesUnder(join(directory, S3_BUCKET))
      return files
        .filter((file) => file.endsWith('._S3rver_object'))
        .map((file) => file.replace(/\._S3rver_object$/, ''))
    },
    async stop() {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}

/**
 * Fetches every variant of an uploaded image (each stored width, WebP and
 * the fallback) from `baseUrl` and checks what a browser and a privacy
 * reviewer would: served, long-cached, of the right type and width, upright,
 * and with no EXIF, XMP or GPS left in the bytes.
 */
export async function assertVariantsServed(
  assert: Assert,
  baseUrl: string,
  url: string,
  expected: { fallback: 'jpg' | 'png'; widths: number[]; width: number; height: number }
) {
  const image = responsiveImage(new URL(url).pathname)
  assert.isNotNull(image, `${url} names an upload`)
  assert.equal(image!.width, expected.width)
  assert.equal(image!.height, expected.height)
  const variants = [
    ...image!.webpSrcset.split(', ').map((entry) => ({ entry, format: 'webp' })),
    ...image!.srcset
      .split(', ')
      .map((entry) => ({ entry, format: expected.fallback === 'jpg' ? 'jpeg' : 'png' })),
  ]
  assert.lengthOf(variants, expected.widths.length * 2)
  for (const { entry, format } of variants) {
    const [path, descriptor] = entry.split(' ')
    const width = Number(descriptor.replace('w', ''))
    assert.include(expected.widths, width)
    const response = await fetch(baseUrl + path)
    assert.equal(response.status, 200, `${path} is served`)
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal(
      response.headers.get('content-type'),
      `image/${format === 'jpeg' ? 'jpeg' : format}`
    )
    const bytes = Buffer.from(await response.arrayBuffer())
    const meta = await sharp(bytes).metadata()
    assert.equal(meta.format, format)
    assert.equal(meta.width, width)
    assert.equal(meta.height, Math.max(1, Math.round((expected.height * width) / expected.width)))
    assert.deepEqual(await metadataLeft(bytes), {
      exif: false,
      xmp: false,
      orientation: undefined,
      secretInBytes: false,
      exifMarkerInBytes: false,
    })
  }
}
