import { isAbsolute } from 'node:path'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Where uploaded images live. The local disk by default, under storage/uploads
 * (not public/: files reach browsers only through the uploads route, which
 * adds the cache headers); an S3-compatible bucket when DRIVE_DISK=s3, so that
 * several app servers share the same files. Either way objects are private:
 * the app reads them and serves them itself.
 */
/** UPLOADS_DIR: absolute, or relative to the app root (build/ in production: set it outside). */
const uploadsDir = env.get('UPLOADS_DIR') ?? 'storage/uploads'

const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK') ?? 'fs',

  services: {
    fs: services.fs({
      location: isAbsolute(uploadsDir) ? uploadsDir : app.makePath(uploadsDir),
      serveFiles: false,
      visibility: 'private',
    }),
    s3: services.s3({
      credentials: {
        accessKeyId: env.get('S3_ACCESS_KEY_ID') ?? '',
        secretAccessKey: env.get('S3_SECRET_ACCESS_KEY')?.release() ?? '',
      },
      region: env.get('S3_REGION') ?? 'us-east-1',
      bucket: env.get('S3_BUCKET') ?? 'folio-uploads',
      endpoint: env.get('S3_ENDPOINT'),
      // MinIO, s3rver and most self-hosted servers name the bucket in the path.
      forcePathStyle: env.get('S3_FORCE_PATH_STYLE') ?? Boolean(env.get('S3_ENDPOINT')),
      // Objects are read by the app, never by ACL; many buckets refuse ACLs outright.
      supportsACL: false,
      visibility: 'private',
      // Checksums only where S3 requires them: S3-compatible servers reject or
      // mangle the SDK's default streaming checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
