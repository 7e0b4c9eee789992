import { rm } from 'node:fs/promises'
import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import app from '@adonisjs/core/services/app'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { articleBy, tokenHeader } from '#tests/support/api'
import { parseUploadUrl } from '#services/images'
import { jpegPhoto } from '#tests/support/images'
import { filesUnder } from '#tests/support/uploads'
import UploadsPrune from '../../../commands/uploads_prune.js'
import PruneUnusedUploadsJob from '#jobs/prune_unused_uploads'

const uploadsDir = app.makePath('tmp/test-uploads')

test.group('node ace uploads:prune', (group) => {
  isolateDatabase(group)
  group.setup(() => rm(uploadsDir, { recursive: true, force: true }))

  test('removes uploads nothing uses once past the grace period, keeps pictures and covers', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const authorization = await tokenHeader(user)
    const upload = async () => {
      const response = await client
        .post('/api/v1/uploads')
        .header('authorization', authorization)
        .file('file', await jpegPhoto(), { filename: 'p.jpg', contentType: 'image/jpeg' })
      return response.body().upload.url as string
    }
    const picture = await upload()
    const cover = await upload()
    const unused = await upload()
    await client
      .put('/api/v1/user')
      .header('authorization', authorization)
      .json({ user: { image: picture } })
    const article = await articleBy(user)
    article.coverImage = new URL(cover).pathname
    await article.save()
    const folders = async () => [
      ...new Set(
        (await filesUnder(uploadsDir)).map((file) => file.split('/').slice(0, 2).join('/'))
      ),
    ]

    // Fresh uploads are left alone: a client may not have used its URL yet.
    const fresh = await ace.create(UploadsPrune, [])
    fresh.ui.switchMode('raw')
    await fresh.exec()
    fresh.assertSucceeded()
    fresh.assertLog('[ green(success) ] Removed 0 unused uploads, kept 3')

    const sweep = await ace.create(UploadsPrune, ['--grace-hours=0'])
    sweep.ui.switchMode('raw')
    await sweep.exec()
    sweep.assertSucceeded()
    sweep.assertLog('[ green(success) ] Removed 1 unused upload, kept 2')
    assert.sameMembers(await folders(), [
      parseUploadUrl(picture)!.folder,
      parseUploadUrl(cover)!.folder,
    ])
    assert.notInclude(await folders(), parseUploadUrl(unused)!.folder)
  })

  test('the daily job sweeps the same way, after its grace period', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const authorization = await tokenHeader(user)
    const response = await client
      .post('/api/v1/uploads')
      .header('authorization', authorization)
      .file('file', await jpegPhoto(), { filename: 'p.jpg', contentType: 'image/jpeg' })
    const unused = parseUploadUrl(response.body().upload.url)!.folder
    const stored = async () =>
      (await filesUnder(uploadsDir)).some((file) => file.startsWith(`${unused}/`))

    // Tests run jobs where they are dispatched (QUEUE_DRIVER=sync).
    await PruneUnusedUploadsJob.dispatch({ graceHours: 24 })
    assert.isTrue(await stored(), 'a fresh upload is kept')

    await PruneUnusedUploadsJob.dispatch({ graceHours: 0 })
    assert.isFalse(await stored(), 'an unused upload past the grace period is gone')
  })
})
