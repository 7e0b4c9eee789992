import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { promisify } from 'node:util'
import { startAppProcess } from '#tests/helpers'

const APP_ROOT = new URL('../../../', import.meta.url)
const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: APP_ROOT })

/**
 * Generated files that running the app leaves as changes to commit: tracked
 * ones deleted, new ones neither tracked nor ignored. (A tracked file that a
 * boot rewrites differently, such as routes.d.ts after a new route, is a real
 * change that belongs in the commit with the route.)
 */
async function strayGeneratedFiles() {
  const deleted = await git('ls-files', '--deleted', '--', '.adonisjs')
  const untracked = await git('ls-files', '--others', '--exclude-standard', '--', '.adonisjs')
  return (deleted.stdout + untracked.stdout).trim()
}

const inGitCheckout = await git('rev-parse', '--is-inside-work-tree').then(
  () => true,
  () => false
)

test.group('Generated files (.adonisjs)', () => {
  test('booting the app and the dev server removing routes.json leave the git tree clean', async ({
    assert,
  }) => {
    // Every non-production boot regenerates routes.d.ts and writes routes.json
    // for `npm run dev`, which reads the routes from it and then deletes it.
    const app = await startAppProcess()
    await app.stop()
    assert.equal(await strayGeneratedFiles(), '', 'the boot writes no file to commit')

    await rm(new URL('.adonisjs/server/routes.json', APP_ROOT), { force: true })
    assert.equal(
      await strayGeneratedFiles(),
      '',
      'the dev server deleting routes.json does not dirty the tree'
    )
  })
    .skip(!inGitCheckout, 'not a git checkout')
    .timeout(60_000)
})
