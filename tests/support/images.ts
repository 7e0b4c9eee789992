import { deflateSync, crc32 } from 'node:zlib'
import sharp from 'sharp'

/*
|--------------------------------------------------------------------------
| Image files for upload tests, made on the spot
|--------------------------------------------------------------------------
*/

/** Written into every test photo's EXIF; no stored variant may contain it. */
export const EXIF_SECRET = 'FOLIO-SECRET-CAMERA-OWNER'

const exif = {
  IFD0: { ImageDescription: EXIF_SECRET, Artist: EXIF_SECRET, Copyright: EXIF_SECRET },
  // GPS: where the photo was taken.
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '52/1 31/1 0/1',
    GPSLongitudeRef: 'E',
    GPSLongitude: '13/1 24/1 0/1',
  },
}

function canvas(width: number, height: number, channels: 3 | 4 = 3) {
  return sharp({
    create: {
      width,
      height,
      channels,
      background: channels === 4 ? { r: 200, g: 30, b: 90, alpha: 0.5 } : { r: 40, g: 90, b: 160 },
    },
  })
}

/**
 * A camera-style JPEG: 1200×800 pixels stored sideways with EXIF orientation 6
 * (shown upright as 800×1200), with a description and GPS position in its EXIF.
 */
export function jpegPhoto() {
  return canvas(1200, 800)
    .jpeg({ quality: 90 })
    .withExif(exif)
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

/** A 600×400 PNG with transparency (its fallback stays PNG), with EXIF. */
export function pngWithAlpha() {
  return canvas(600, 400, 4).png().withExif(exif).toBuffer()
}

/** A 2000×1000 WebP with EXIF. */
export function webpImage() {
  return canvas(2000, 1000).webp({ quality: 80 }).withExif(exif).toBuffer()
}

/** Server-side code with an image's name. */
export const PHP_AS_PNG = Buffer.from('<?php echo shell_exec($_GET["cmd"]); ?>\n')

/** An SVG that would run a script if served as a document. */
export const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">' +
    '<script>alert(document.cookie)</script><rect width="100" height="100" fill="red"/></svg>'
)

/** A real PNG of random pixels, a little over 6 MB. */
export async function sixMegabytePng() {
  const side = 1450
  const pixels = Buffer.alloc(side * side * 3)
  for (let index = 0; index < pixels.length; index += 4)
    pixels.writeUInt32LE((Math.random() * 2 ** 32) >>> 0, index)
  const png = await sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer()
  if (png.length < 6 * 1024 * 1024) throw new Error(`test file too small: ${png.length}`)
  return png
}

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const checksum = Buffer.alloc(4)
  checksum.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, checksum])
}

/**
 * A decompression bomb: a valid 8000×8000 grayscale PNG (64 megapixels,
 * 64 MB once decoded) that weighs about 64 kB.
 */
export function decompressionBomb() {
  const side = 8000
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(0, 9) // grayscale
  // Every row: filter byte 0, then zeros.
  const pixels = deflateSync(Buffer.alloc((side + 1) * side), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Whether any EXIF, XMP or the test's secret survives in a file's bytes. */
export async function metadataLeft(bytes: Buffer) {
  const meta = await sharp(bytes).metadata()
  return {
    exif: meta.exif !== undefined,
    xmp: meta.xmp !== undefined,
    orientation: meta.orientation,
    secretInBytes: bytes.includes(Buffer.from(EXIF_SECRET)),
    exifMarkerInBytes: bytes.includes(Buffer.from('Exif\0\0')),
  }
}
