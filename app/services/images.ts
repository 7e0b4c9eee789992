import { createHash } from 'node:crypto'
import sharp, { type Metadata } from 'sharp'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'

/*
|--------------------------------------------------------------------------
| Uploaded images: checks, processing with sharp, and their URLs
|--------------------------------------------------------------------------
|
| An upload is decided to be an image by sharp reading its content (never by
| its name or Content-Type), refused past 5 MB or 40 megapixels (checked on
| the header, before any pixel is decoded), then turned upright, stripped of
| its metadata (EXIF, GPS, XMP, ICC) and stored at a few widths, each as WebP
| and as a JPEG (PNG when it has transparency) fallback.
|
| Every file of one upload lives in its own folder, and its name carries the
| hash of the uploaded bytes and the size of the largest variant:
|
|   /uploads/cover/12-9f0c2a7e/5d41402abc4b2a76_1600x900_960.webp
|            kind  owner-id   content hash     largest   this width
|
| so one URL (the largest fallback, what `image` and `cover_image` hold) is
| enough to write srcset, width and height with no lookup, and the files can
| be cached for good.
|
*/

export type ImageKind = 'avatar' | 'cover'

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
export const MAX_UPLOAD_PIXELS = 40_000_000

/** Widths stored per kind (never wider than the source). Avatars are square. */
export const IMAGE_WIDTHS: Record<ImageKind, number[]> = {
  avatar: [64, 128, 256],
  cover: [480, 960, 1600],
}

/** What sharp may decode; SVG (scriptable), TIFF, PDF and the rest are refused. */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif'])

const NOT_AN_IMAGE = 'Choose a JPEG, PNG, WebP or GIF image.'

/** Why an upload was refused, in words for the person who sent it. */
export class ImageRejectedError extends Error {}

export interface ImageVariant {
  key: string
  bytes: Buffer
  contentType: string
}

export interface ProcessedImage {
  /** The folder every variant lives in (deleted as a whole). */
  folder: string
  /** The key of the largest fallback: what the URL names. */
  key: string
  width: number
  height: number
  variants: ImageVariant[]
}

/** Reads, checks and resizes `input`; throws ImageRejectedError for anything it will not store. */
export async function processImage(
  input: Buffer,
  kind: ImageKind,
  folder: string
): Promise<ProcessedImage> {
  if (input.length > MAX_UPLOAD_BYTES)
    throw new ImageRejectedError('The image must be 5 MB or less.')

  let meta: Metadata
  try {
    meta = await sharp(input).metadata()
  } catch {
    throw new ImageRejectedError(NOT_AN_IMAGE)
  }
  if (!ACCEPTED_FORMATS.has(meta.format ?? '') || !meta.width || !meta.height) {
    throw new ImageRejectedError(NOT_AN_IMAGE)
  }
  // Dimensions come from the header: a small file announcing a huge canvas stops here.
  if (meta.width * meta.height > MAX_UPLOAD_PIXELS) {
    throw new ImageRejectedError('The image must be 40 megapixels or less.')
  }

  const rotated = (meta.orientation ?? 1) >= 5
  const sourceWidth = rotated ? meta.height : meta.width
  const sourceHeight = rotated ? meta.width : meta.height
  const ladder = IMAGE_WIDTHS[kind]
  const largest =
    kind === 'avatar'
      ? Math.min(ladder.at(-1)!, sourceWidth, sourceHeight)
      : Math.min(ladder.at(-1)!, sourceWidth)
  const widths = [...ladder.filter((width) => width < largest), largest]
  const heightAt = (width: number) =>
    kind === 'avatar' ? width : Math.max(1, Math.round((sourceHeight * width) / sourceWidth))
  const fallback = meta.hasAlpha ? 'png' : 'jpg'

  const hash = createHash('sha256').update(input).digest('hex').slice(0, 16)
  const name = (width: number, extension: string) =>
    `${folder}/${hash}_${largest}x${heightAt(largest)}_${width}.${extension}`

  // Decoded once; sharp drops every metadata block unless asked to keep one.
  const source = sharp(input, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'error' }).rotate()
  const variants: ImageVariant[] = []
  try {
    for (const width of widths) {
      const resized = () =>
        source.clone().resize(width, heightAt(width), { fit: 'cover', withoutEnlargement: false })
      variants.push({
        key: name(width, 'webp'),
        bytes: await resized().webp({ quality: 80 }).toBuffer(),
        contentType: 'image/webp',
      })
      variants.push(
        fallback === 'png'
          ? {
              key: name(width, 'png'),
              bytes: await resized().png({ compressionLevel: 9 }).toBuffer(),
              contentType: 'image/png',
            }
          : {
              key: name(width, 'jpg'),
              bytes: await resized().jpeg({ quality: 82, mozjpeg: true }).toBuffer(),
              contentType: 'image/jpeg',
            }
      )
    }
  } catch {
    // A header that reads well over a body that does not (truncated, corrupt).
    throw new ImageRejectedError('The image could not be read; it may be damaged.')
  }

  return {
    folder,
    key: name(largest, fallback),
    width: largest,
    height: heightAt(largest),
    variants,
  }
}

/*
|--------------------------------------------------------------------------
| URLs
|--------------------------------------------------------------------------
*/

const UPLOADS_PREFIX = '/uploads/'
const UPLOAD_KEY =
  /^(avatar|cover)\/(\d{1,10})-([0-9a-f]{8})\/([0-9a-f]{16})_(\d{1,5})x(\d{1,5})_(\d{1,5})\.(webp|jpg|png)$/

export interface UploadedImage {
  kind: ImageKind
  ownerId: number
  /** The storage folder holding every variant. */
  folder: string
  /** The storage key this URL names. */
  key: string
  hash: string
  width: number
  height: number
  extension: 'webp' | 'jpg' | 'png'
}

/** The storage key of a file the uploads route may serve, or null. */
export function parseUploadKey(key: string): UploadedImage | null {
  const match = UPLOAD_KEY.exec(key)
  if (!match) return null
  const [, kind, ownerId, nonce, hash, width, height, , extension] = match
  return {
    kind: kind as ImageKind,
    ownerId: Number(ownerId),
    folder: `${kind}/${ownerId}-${nonce}`,
    key,
    hash,
    width: Number(width),
    height: Number(height),
    extension: extension as UploadedImage['extension'],
  }
}

/** The upload an image URL names (a path, or an absolute URL on this site), or null. */
export function parseUploadUrl(url: string | null | undefined): UploadedImage | null {
  if (!url) return null
  const path = url.startsWith(appUrl + UPLOADS_PREFIX) ? url.slice(appUrl.length) : url
  return path.startsWith(UPLOADS_PREFIX) ? parseUploadKey(path.slice(UPLOADS_PREFIX.length)) : null
}

export function uploadPath(key: string) {
  return UPLOADS_PREFIX + key
}

/** Image URLs are stored as paths when they name one of this site's uploads (the site may move). */
export function storedImageUrl(url: string): string
export function storedImageUrl(url: string | null | undefined): string | null | undefined
export function storedImageUrl(url: string | null | undefined) {
  if (url && url.startsWith(appUrl + UPLOADS_PREFIX)) return url.slice(appUrl.length)
  return url
}

/** A path on this site as an absolute URL (API answers are read on other sites). */
export function absoluteUrl(url: string) {
  return url.startsWith('/') ? appUrl + url : url
}

/** Where the generated picture of an account without one lives. */
export function defaultAvatarPath(username: string) {
  return `${generatedAvatarsPath()}${encodeURIComponent(username)}.svg`
}

let avatarsPath: string | undefined

/**
 * The folder of generated pictures (`/avatars/`), from the `profiles.avatar`
 * route with an empty file name, looked up once: a lookup by route name
 * walks the whole route table, and a list shows a picture per row.
 */
export function generatedAvatarsPath() {
  return (avatarsPath ??= urlFor('profiles.avatar', { file: '' }))
}

export interface ResponsiveImage {
  src: string
  width: number
  height: number
  /** Empty for images from elsewhere (one URL, no variants). */
  webpSrcset: string
  srcset: string
}

/** What <img>/<picture> need for an upload: every stored width in both formats. */
export function responsiveImage(url: string | null | undefined): ResponsiveImage | null {
  const image = parseUploadUrl(url)
  if (!image) return null
  const ladder = IMAGE_WIDTHS[image.kind]
  const widths = [...ladder.filter((width) => width < image.width), image.width]
  const at = (width: number, extension: string) =>
    `${UPLOADS_PREFIX}${image.folder}/${image.hash}_${image.width}x${image.height}_${width}.${extension}`
  const list = (extension: string) =>
    widths.map((width) => `${at(width, extension)} ${width}w`).join(', ')
  return {
    src: at(image.width, image.extension),
    width: image.width,
    height: image.height,
    webpSrcset: list('webp'),
    srcset: list(image.extension),
  }
}
