import { rm } from 'node:fs/promises'
import { test } from '@japa/runner'
import type { Group } from '@japa/runner/core'
import app from '@adonisjs/core/services/app'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { startAppProcess, type AppProcess } from '#tests/support/app_process'
import { tokenHeader } from '#tests/support/api'
import {
  PHP_AS_PNG,
  SVG_WITH_SCRIPT,
  decompressionBomb,
  jpegPhoto,
  metadataLeft,
  pngWithAlpha,
  sixMegabytePng,
  webpImage,
} from '#tests/support/images'
import {
  S3_BUCKET,
  S3_CREDENTIALS,
  assertVariantsServed,
  filesUnder,
  startS3Server,
} from '#tests/support/uploads'

/**
 * One storage behind a running app: where to send requests, how to get a
 * member with a token, and what the storage holds right now.
 */
interface UploadTarget {
  url: string
  member(): Promise<{ id: number; authorization: string }>
  stored(): Promise<string[]>
}

function upload(
  target: UploadTarget,
  authorization: string,
  bytes: Buffer,
  name: string,
  type: string
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  return fetch(`${target.url}/api/v1/uploads`, {
    method: 'POST',
    headers: { authorization, accept: 'application/json' },
    body: form,
  })
}

function setImage(target: UploadTarget, authorization: string, image: string | null) {
  return fetch(`${target.url}/api/v1/user`, {
    method: 'PUT',
    headers: { authorization, 'content-type': 'application/json', 'accept': 'application/json' },
    body: JSON.stringify({ user: { image } }),
  })
}

/** The same checks, whatever the storage: the suite runs once per disk. */
function uploadSuite(group: Group, target: () => UploadTarget) {
  group.tap((t) => t.timeout(60_000))

  test('stores a JPEG, a PNG and a WebP at every width, upright, without EXIF', async ({
    assert,
  }) => {
    const { id, authorization } = await target().member()
    const before = await target().stored()
    const cases = [
      // Named .png on purpose: the content decides, and it is a JPEG.
      {
        bytes: await jpegPhoto(),
        name: 'holiday.png',
        type: 'image/png',
        fallback: 'jpg' as const,
      },
      {
        bytes: await pngWithAlpha(),
        name: 'logo.png',
        type: 'image/png',
        fallback: 'png' as const,
      },
      {
        bytes: await webpImage(),
        name: 'banner.webp',
        type: 'image/webp',
        fallback: 'jpg' as const,
      },
    ]
    for (const { bytes, name, type, fallback } of cases) {
      // What must go: the test file does carry EXIF with the secret.
      const source = await metadataLeft(bytes)
      assert.isTrue(source.exif && source.secretInBytes, `${name} carries EXIF`)
      const response = await upload(target(), authorization, bytes, name, type)
      assert.equal(response.status, 201, `${name}: ${await response.clone().text()}`)
      const { upload: stored } = (await response.json()) as { upload: { url: string } }
      assert.match(
        stored.url,
        new RegExp(
          `^${target().url}/uploads/avatar/${id}-[0-9a-f]{8}/[0-9a-f]{16}_256x256_256\\.${fallback}$`
        )
      )
      await assertVariantsServed(assert, target().url, stored.url, {
        fallback,
        widths: [64, 128, 256],
        width: 256,
        height: 256,
      })
    }
    // Three widths, two formats, three images.
    assert.lengthOf(await target().stored(), before.length + 18)
  })

  test('refuses code, a scripted SVG, a 6 MB file and a decompression bomb, storing nothing', async ({
    assert,
  }) => {
    const { authorization } = await target().member()
    const before = await target().stored()
    const refused = [
      {
        bytes: PHP_AS_PNG,
        name: 'avatar.png',
        type: 'image/png',
        message: /JPEG, PNG, WebP or GIF/,
      },
      {
        bytes: SVG_WITH_SCRIPT,
        name: 'avatar.svg',
        type: 'image/svg+xml',
        message: /JPEG, PNG, WebP or GIF/,
      },
      { bytes: await sixMegabytePng(), name: 'huge.png', type: 'image/png', message: /5 ?MB|5mb/i },
      { bytes: decompressionBomb(), name: 'bomb.png', type: 'image/png', message: /40 megapixels/ },
    ]
    for (const { bytes, name, type, message } of refused) {
      const response = await upload(target(), authorization, bytes, name, type)
      assert.equal(response.status, 422, name)
      const body = (await response.json()) as { errors: { file: string[] } }
      assert.lengthOf(body.errors.file, 1, name)
      assert.match(body.errors.file[0], message, name)
    }
    assert.deepEqual(await target().stored(), before)
  })

  test('replacing or removing the picture deletes the old files', async ({ assert }) => {
    const { authorization } = await target().member()
    const first = (await (
      await upload(target(), authorization, await jpegPhoto(), 'a.jpg', 'image/jpeg')
    ).json()) as { upload: { url: string } }
    const second = (await (
      await upload(target(), authorization, await webpImage(), 'b.webp', 'image/webp')
    ).json()) as { upload: { url: string } }
    const folderOf = (url: string) => new URL(url).pathname.split('/').slice(2, 4).join('/')

    assert.equal((await setImage(target(), authorization, first.upload.url)).status, 200)
    const beforeReplace = await target().stored()
    assert.isTrue(beforeReplace.some((key) => key.startsWith(folderOf(first.upload.url))))

    const replaced = await setImage(target(), authorization, second.upload.url)
    const { user } = (await replaced.json()) as { user: { image: string } }
    assert.equal(user.image, second.upload.url)
    assert.equal((await fetch(first.upload.url)).status, 404)
    const afterReplace = await target().stored()
    assert.isFalse(afterReplace.some((key) => key.startsWith(folderOf(first.upload.url))))
    assert.lengthOf(afterReplace, beforeReplace.length - 6)

    const removed = await setImage(target(), authorization, null)
    const { user: withoutPicture } = (await removed.json()) as {
      user: { image: string; username: string }
    }
    assert.equal(withoutPicture.image, `${target().url}/avatars/${withoutPicture.username}.svg`)
    assert.equal((await fetch(second.upload.url)).status, 404)
    assert.lengthOf(await target().stored(), afterReplace.length - 6)
  })
}

test.group('Uploads | local disk', (group) => {
  isolateDatabase(group)
  const uploadsDir = app.makePath('tmp/test-uploads')
  group.setup(() => rm(uploadsDir, { recursive: true, force: true }))
  uploadSuite(group, () => ({
    url: `http://${process.env.HOST}:${process.env.PORT}`,
    async member() {
      const user = await UserFactory.create()
      return { id: user.id, authorization: await tokenHeader(user) }
    },
    stored: () => filesUnder(uploadsDir),
  }))
})

test.group('Uploads | S3-compatible bucket (s3rver), another app process', (group) => {
  let s3: Awaited<ReturnType<typeof startS3Server>>
  let server: AppProcess
  let secondServer: AppProcess
  const usernames: string[] = []

  group.setup(async () => {
    s3 = await startS3Server()
    const env = {
      DRIVE_DISK: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
      LOG_LEVEL: 'silent',
      RATE_LIMITS: 'off',
      LIMITER_STORE: 'memory',
    }
    ;[server, secondServer] = await Promise.all([startAppProcess(env), startAppProcess(env)])
    return async () => {
      // The other processes committed their accounts: remove them for the tests that follow.
      await User.query().whereIn('username', usernames).delete()
      await Promise.all([server.stop(), secondServer.stop()])
      await s3.stop()
    }
  })

  const target = (): UploadTarget => ({
    url: server.url,
    async member() {
      const username = `s3_${usernames.length}_${Date.now().toString(36)}`
      usernames.push(username)
      const response = await fetch(`${server.url}/api/v1/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept': 'application/json' },
        body: JSON.stringify({
          user: { username, email: `${username}@example.com`, password: 'correct-horse-battery' },
        }),
      })
      const { user } = (await response.json()) as { user: { token: string } }
      const { id } = await User.findByOrFail('username', username)
      return { id, authorization: `Token ${user.token}` }
    },
    stored: () => s3.objects(),
  })
  uploadSuite(group, target)

  test('two app servers share the bucket: one stores, the other serves and deletes', async ({
    assert,
  }) => {
    const { authorization } = await target().member()
    const other: UploadTarget = { ...target(), url: secondServer.url }
    const uploaded = await upload(target(), authorization, await jpegPhoto(), 'a.jpg', 'image/jpeg')
    const { upload: stored } = (await uploaded.json()) as { upload: { url: string } }
    const path = new URL(stored.url).pathname

    const fromFirst = await fetch(server.url + path)
    const fromSecond = await fetch(secondServer.url + path)
    assert.equal(fromSecond.status, 200)
    assert.deepEqual(
      Buffer.from(await fromSecond.arrayBuffer()),
      Buffer.from(await fromFirst.arrayBuffer())
    )

    // Set on the second server, replaced there: the first server's upload is gone for both.
    assert.equal((await setImage(other, authorization, secondServer.url + path)).status, 200)
    assert.equal((await setImage(other, authorization, null)).status, 200)
    assert.equal((await fetch(server.url + path)).status, 404)
    assert.equal((await fetch(secondServer.url + path)).status, 404)
  })
})
