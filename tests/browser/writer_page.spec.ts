import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import type { Page } from 'playwright'
import { isolateDatabase } from '#tests/support/database'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { checkPage, watchForPageErrors } from './support/checks.js'
import { anotherVisitor, baseUrl, clickAndLoad, signIn, waitForPath } from './support/actions.js'
import { urlFor } from '#tests/support/routes'

/** At a phone's width the page fits: nothing wider than the screen, still accessible. */
async function checkAtPhoneWidth(assert: Assert, page: Page, name: string) {
  const size = page.viewportSize()
  await page.setViewportSize({ width: 390, height: 844 })
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth')
  assert.isAtMost(overflow, 390, `${name} is wider than a 390 px screen`)
  await checkPage(assert, page, `${name}-390`)
  if (size) await page.setViewportSize(size)
}

const BODY = ['Gliders are **silent**.', '', '## Thermals', '', '- rising air', '- patience'].join(
  '\n'
)

test.group("Browser: the writer's page (preview, revisions, replies)", (group) => {
  isolateDatabase(group)

  test('a writer previews before publishing, with and without JavaScript', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const pageErrors = watchForPageErrors(browserContext)
    const writer = await UserFactory.merge({ username: 'glider_pilot' }).create()
    const page = await visit(urlFor('auth.login'))
    await signIn(page, writer.email, FACTORY_PASSWORD)

    await page.goto(urlFor('articles.create'))
    await page.locator('#field-title').fill('Soaring without an engine')
    await page.locator('#field-description').fill('How gliders stay up.')
    await page.locator('#field-body').fill(BODY)
    await page.locator('#field-tags').fill('gliding')
    // The count follows the typing.
    await page.getByText('7 words · 1 min read').waitFor()

    // The Preview tab renders the body on the server, without sending the form.
    await page.getByRole('tab', { name: 'Preview' }).click()
    const preview = page.getByRole('tabpanel', { name: 'Preview' })
    await preview.getByRole('heading', { name: 'Thermals' }).waitFor()
    assert.equal(await preview.locator('strong').textContent(), 'silent')
    assert.equal(await preview.locator('li').count(), 2)
    assert.isFalse(await page.locator('#field-body').isVisible())
    assert.equal(new URL(page.url()).pathname, urlFor('articles.create'))
    await checkPage(assert, page, 'editor-preview-tab')
    await checkAtPhoneWidth(assert, page, 'editor-preview-tab')

    // Back to writing: the text is all there.
    await page.getByRole('tab', { name: 'Write' }).click()
    assert.equal(await page.locator('#field-body').inputValue(), BODY)
    // The Preview button opens the tab too, with JavaScript.
    await page.getByRole('button', { name: 'Preview' }).click()
    await preview.getByRole('heading', { name: 'Thermals' }).waitFor()
    assert.equal(new URL(page.url()).pathname, urlFor('articles.create'))

    // Leaving with unsent changes asks first; staying keeps everything.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', async (dialog) => {
        resolve(dialog.type())
        await dialog.dismiss()
      })
    )
    await page.getByRole('link', { name: 'Home' }).click()
    assert.equal(await asked, 'beforeunload')
    assert.equal(new URL(page.url()).pathname, urlFor('articles.create'))
    assert.equal(await page.locator('#field-title').inputValue(), 'Soaring without an engine')

    await clickAndLoad(page, () => page.getByRole('button', { name: 'Publish' }).click())
    await waitForPath(page, /^\/articles\//)
    await page.getByText('1 min read').first().waitFor()

    // Without JavaScript the Preview button sends the form and gets it back with the preview.
    const noScript = await browserContext.browser()!.newContext({
      baseURL: baseUrl(),
      javaScriptEnabled: false,
    })
    const plain = await noScript.newPage()
    await signIn(plain, writer.email, FACTORY_PASSWORD)
    await plain.goto(urlFor('articles.create'))
    await plain.locator('#field-title').fill('Draft in plain HTML')
    await plain.locator('#field-body').fill(BODY)
    await clickAndLoad(plain, () => plain.getByRole('button', { name: 'Preview' }).click())
    await plain.getByRole('heading', { name: 'Preview', level: 2 }).waitFor()
    assert.equal(
      await plain.locator('.editor-preview .prose strong').textContent(),
      'silent',
      'rendered like the article page'
    )
    assert.equal(await plain.locator('#field-title').inputValue(), 'Draft in plain HTML')
    assert.equal(await plain.locator('#field-body').inputValue(), BODY)
    await plain.getByText('7 words · 1 min read').first().waitFor()
    await noScript.close()

    assert.deepEqual(pageErrors, [], 'no CSP violations or script errors')
  })

  test('a writer compares an earlier version and restores it', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const pageErrors = watchForPageErrors(browserContext)
    const writer = await UserFactory.merge({ username: 'revising_writer' }).create()
    const page = await visit(urlFor('auth.login'))
    await signIn(page, writer.email, FACTORY_PASSWORD)
    page.on('dialog', (dialog) => dialog.accept())

    await page.goto(urlFor('articles.create'))
    await page.locator('#field-title').fill('Harbour lights')
    await page.locator('#field-description').fill('Who keeps them lit.')
    await page.locator('#field-body').fill('The first version of the text.')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Publish' }).click())
    await waitForPath(page, /^\/articles\//)

    await clickAndLoad(page, () => page.getByRole('link', { name: /^Edit/ }).click())
    await page.locator('#field-body').fill('A second version, rewritten.')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Save changes' }).click())
    await page.locator('.prose').getByText('A second version, rewritten.').waitFor()

    await clickAndLoad(page, () => page.getByRole('link', { name: /^Revisions/ }).click())
    await checkPage(assert, page, 'revisions')
    await clickAndLoad(page, () =>
      page.getByRole('link', { name: /^Compare with the current text/ }).click()
    )
    await page.locator('del').getByText('The first version of the text.').waitFor()
    await page.locator('ins').getByText('A second version, rewritten.').waitFor()
    await checkPage(assert, page, 'revision-diff')
    await checkAtPhoneWidth(assert, page, 'revision-diff')

    await clickAndLoad(page, () =>
      page.getByRole('button', { name: 'Restore this version' }).click()
    )
    await waitForPath(page, /^\/articles\/harbour-lights/)
    await page.locator('.prose').getByText('The first version of the text.').waitFor()

    // The restore is itself a revision: the rewritten text can come back.
    const slug = new URL(page.url()).pathname.split('/').pop()!
    await page.goto(urlFor('articles.revisions.index', { slug }))
    assert.equal(await page.locator('.revision-list > li').count(), 2)

    assert.deepEqual(pageErrors, [], 'no CSP violations or script errors')
  })

  test('a reader comments and the writer replies under the comment', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const pageErrors = watchForPageErrors(browserContext)
    const writer = await UserFactory.merge({ username: 'thread_writer' }).create()
    const reader = await UserFactory.merge({ username: 'thread_reader' }).create()
    const page = await visit(urlFor('auth.login'))
    await signIn(page, writer.email, FACTORY_PASSWORD)
    await page.goto(urlFor('articles.create'))
    await page.locator('#field-title').fill('Ask me anything about kites')
    await page.locator('#field-description').fill('Questions welcome.')
    await page.locator('#field-body').fill('Kites need wind.')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Publish' }).click())
    await waitForPath(page, /^\/articles\//)
    const articlePath = new URL(page.url()).pathname

    const other = await anotherVisitor(browserContext)
    await signIn(other.page, reader.email, FACTORY_PASSWORD)
    await other.page.goto(articlePath)
    await other.page.locator('#field-body').fill('How much wind is enough?')
    await clickAndLoad(other.page, () =>
      other.page.getByRole('button', { name: 'Post comment' }).click()
    )
    await other.page.getByText('How much wind is enough?').waitFor()

    await page.goto(articlePath)
    await page.locator('.reply-box summary').first().click()
    await page.getByLabel('Your reply to thread_reader').fill('About 10 km/h.')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Post reply' }).click())
    await page.locator('.comment-replies').getByText('About 10 km/h.').waitFor()
    await page.getByText('Your reply is posted.').waitFor()
    await checkPage(assert, page, 'article-thread')
    await checkAtPhoneWidth(assert, page, 'article-thread')

    await other.page.reload()
    await other.page.locator('.comment-replies').getByText('About 10 km/h.').waitFor()
    await other.context.close()

    assert.deepEqual(pageErrors, [], 'no CSP violations or script errors')
  })
})
