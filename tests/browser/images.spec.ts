import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { isolateDatabase } from '#tests/support/database'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { jpegPhoto, pngWithAlpha } from '#tests/support/images'
import { SCREEN_WIDTHS, checkPage, watchForPageErrors } from './support/checks.js'
import { clickAndLoad, signIn, waitForPath } from './support/actions.js'
import { urlFor } from '#tests/support/routes'

/** A German compound and a bare URL: neither has a place to break. */
const LONG_TITLE =
  'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsdirektorin ' +
  'https://example.com/a/very/long/path/without/any/place/to/break/at/all/whatsoever'
const LONG_TAG = 'rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz'

/** What the browser actually shows in an <img>: loaded, which file, how wide on screen. */
function shown(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      // No DOM types in this project: the few properties read here.
      const image = element as unknown as {
        complete: boolean
        naturalWidth: number
        currentSrc: string
        getBoundingClientRect(): { width: number }
      }
      return {
        loaded: image.complete && image.naturalWidth > 0,
        currentSrc: image.currentSrc,
        renderedWidth: Math.round(image.getBoundingClientRect().width),
      }
    })
}

test.group('Browser: pictures', (group) => {
  isolateDatabase(group)

  test('a member uploads an avatar and a cover and sees them on the card and the page', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const pageErrors = watchForPageErrors(browserContext)
    const user = await UserFactory.merge({ username: 'picture_taker', image: null }).create()

    // Before any upload: the generated picture, never an empty circle.
    const page = await visit(urlFor('auth.login'))
    await signIn(page, user.email, FACTORY_PASSWORD)
    const header = await shown(page, '.site-header .avatar')
    assert.isTrue(header.loaded)
    assert.match(header.currentSrc, /\/avatars\/picture_taker\.svg$/)

    // Upload a profile picture in the settings.
    await page.goto(urlFor('profiles.settings.edit'))
    await page.locator('#field-avatar').setInputFiles({
      name: 'me.png',
      mimeType: 'image/png',
      buffer: await pngWithAlpha(),
    })
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Update settings' }).click())
    await page.getByText('Your settings have been saved.').waitFor()
    await checkPage(assert, page, 'settings-with-avatar')
    const avatar = await shown(page, '.site-header .avatar')
    assert.isTrue(avatar.loaded)
    assert.match(
      avatar.currentSrc,
      /\/uploads\/avatar\/\d+-[0-9a-f]{8}\/[0-9a-f]{16}_256x256_\d+\.webp$/
    )

    // Write an article with a cover, and an unbreakable title and tag.
    await page.goto(urlFor('articles.create'))
    await page.locator('#field-title').fill(LONG_TITLE)
    await page.locator('#field-description').fill('A ship, a pension fund and a very long URL.')
    await page.locator('#field-body').fill('Some **words** about it.')
    await page.locator('#field-tags').fill(`${LONG_TAG}, ships`)
    await page.locator('#field-cover').setInputFiles({
      name: 'cover.jpg',
      mimeType: 'image/jpeg',
      buffer: await jpegPhoto(),
    })
    // Sent without its title first: the editor comes back with the cover still chosen.
    await page.locator('#field-title').fill('')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Publish' }).click())
    await page.locator('#field-title-error').waitFor()
    assert.isTrue((await shown(page, '.cover-pending img')).loaded, 'the chosen cover is shown')
    await page.locator('#field-title').fill(LONG_TITLE)
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Publish' }).click())
    await waitForPath(page, /^\/articles\//)
    await page.getByText('Your article is published.').waitFor()

    // The page: the cover, upright (800×1200), WebP, as wide as the column at each width.
    for (const width of SCREEN_WIDTHS) {
      await page.setViewportSize({ width, height: 900 })
      await page.reload()
      const cover = await shown(page, '.article-cover img')
      assert.isTrue(cover.loaded, `cover shown at ${width} px`)
      assert.match(cover.currentSrc, /\/uploads\/cover\/.+_800x1200_\d+\.webp$/)
      assert.isAbove(cover.renderedWidth, width / 2)
      assert.isAtMost(cover.renderedWidth, width)
    }
    await checkPage(assert, page, 'article-with-cover')

    // The card on the home page: the cover and the author's picture.
    for (const width of SCREEN_WIDTHS) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(urlFor('main.home'))
      const card = page.locator('.article-preview').filter({ hasText: 'A ship, a pension fund' })
      await card.waitFor()
      const cover = await shown(page, '.article-preview .card-cover img')
      assert.isTrue(cover.loaded, `card cover shown at ${width} px`)
      const author = await shown(page, '.article-preview .avatar')
      assert.isTrue(author.loaded)
      assert.match(author.currentSrc, /\/uploads\/avatar\/.+\.webp$/)
      // The comment count's icon is drawn, not a glyph from a font the machine may lack.
      assert.isAbove(await page.locator('.article-preview .stat svg').count(), 0)
    }
    await checkPage(assert, page, 'home-with-cover')

    await page.goto(urlFor('profiles.show', { username: 'picture_taker' }))
    assert.isTrue((await shown(page, '.avatar-lg')).loaded)
    await checkPage(assert, page, 'profile-with-avatar')

    // The editor shows the current cover, with a way to remove it.
    await clickAndLoad(page, () =>
      page
        .getByRole('link', { name: /Donaudampf/ })
        .first()
        .click()
    )
    await clickAndLoad(page, () => page.getByRole('link', { name: /^Edit/ }).click())
    assert.isTrue((await shown(page, '.cover-current img')).loaded)
    await checkPage(assert, page, 'editor-with-cover')
    await page.getByLabel('Remove the cover image').check()
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Save changes' }).click())
    await waitForPath(page, /^\/articles\//)
    assert.equal(await page.locator('.article-cover').count(), 0)

    assert.deepEqual(pageErrors, [])
  })
})
