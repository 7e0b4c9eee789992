import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/support/database'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { checkPage, watchForPageErrors } from './support/checks.js'
import { anotherVisitor, clickAndLoad, signIn, waitForPath } from './support/actions.js'
import { urlFor } from '#tests/support/routes'

const ARTICLE = {
  title: 'Zeppelins over the Baltic',
  summary: 'A short history of airships, and why they may come back.',
  body: [
    'Airships are **quiet**, _slow_ and surprisingly efficient.',
    '',
    '## What changed',
    '',
    '- helium instead of hydrogen',
    '- composite envelopes',
    '',
    'Read more at [the museum](https://example.com/museum) and try `lift = volume * density`.',
    '',
    '<script>alert("not run")</script>',
  ].join('\n'),
  tags: 'Aviation, History ,aviation',
}

test.group('Browser: writing, publishing, finding and following', (group) => {
  isolateDatabase(group)

  test('a writer drafts and publishes; readers find, comment, favorite and follow', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const pageErrors = watchForPageErrors(browserContext)

    // Register.
    const page = await visit(urlFor('auth.register'))
    await checkPage(assert, page, 'register')
    await page.locator('#field-username').fill('ada_writes')
    await page.locator('#field-email').fill('ada@example.com')
    await page.locator('#field-password').fill('correct-horse-battery')
    await page.locator('#field-password_confirmation').fill('correct-horse-battery')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Sign up' }).click())
    await waitForPath(page, urlFor('main.home'))
    await page.getByText('Welcome to Folio, ada_writes!').waitFor()

    // Write, with tags and Markdown, and save a draft.
    await clickAndLoad(page, () => page.getByRole('link', { name: 'New article' }).click())
    await waitForPath(page, urlFor('articles.create'))
    await checkPage(assert, page, 'editor')
    await page.locator('#field-title').fill(ARTICLE.title)
    await page.locator('#field-description').fill(ARTICLE.summary)
    await page.locator('#field-body').fill(ARTICLE.body)
    await page.locator('#field-tags').fill(ARTICLE.tags)
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Save as draft' }).click())
    await waitForPath(page, /^\/articles\//)
    await page.locator('.badge-draft').waitFor()
    const articlePath = new URL(page.url()).pathname

    // A draft is nobody else's business.
    const guest = await anotherVisitor(browserContext)
    const draftForGuest = await guest.page.goto(articlePath)
    assert.equal(draftForGuest?.status(), 404)
    await guest.page.goto(urlFor('main.home'))
    assert.equal(await guest.page.getByText(ARTICLE.title).count(), 0, 'no draft on the home page')

    // Publish it from the editor.
    await clickAndLoad(page, () => page.getByRole('link', { name: /^Edit/ }).click())
    await page.locator('#field-tags').waitFor()
    assert.equal(await page.locator('#field-tags').inputValue(), 'aviation, history')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Publish' }).click())
    await waitForPath(page, /^\/articles\//)
    assert.equal(await page.locator('.badge-draft').count(), 0)

    // The Markdown is rendered, its raw HTML is not.
    const prose = page.locator('.prose')
    assert.equal(await prose.locator('strong').first().textContent(), 'quiet')
    assert.equal(await prose.getByRole('heading', { name: 'What changed' }).count(), 1)
    assert.equal(await prose.locator('li').count(), 2)
    assert.equal(await prose.locator('a[href="https://example.com/museum"]').count(), 1)
    assert.include(await prose.textContent(), '<script>alert("not run")</script>')
    assert.deepEqual(await page.locator('.tag-list a.tag').allTextContents(), [
      'aviation',
      'history',
    ])
    await checkPage(assert, page, 'article')

    // Find it on the home page and by searching from the header.
    await clickAndLoad(page, () => page.getByRole('link', { name: 'Home' }).click())
    await page.locator('.article-list').getByText(ARTICLE.title).waitFor()
    await checkPage(assert, page, 'home')
    await page.locator('#site-search-q').fill('airship efficient')
    await clickAndLoad(page, () => page.locator('#site-search-q').press('Enter'))
    await waitForPath(page, urlFor('main.search'))
    await page.locator('.article-list').getByText(ARTICLE.title).waitFor()
    await checkPage(assert, page, 'search')

    // Comment on it, then favorite it.
    await clickAndLoad(page, () =>
      page.locator('.article-list').getByRole('link', { name: ARTICLE.title }).first().click()
    )
    await page.locator('#field-body').fill('Lovely read, thank you!')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Post comment' }).click())
    await page.locator('.comment-list .comment-body').getByText('Lovely read, thank you!').waitFor()
    const favorite = page.getByRole('button', { name: /Favorite/ })
    assert.equal(await favorite.getAttribute('aria-pressed'), 'false')
    await clickAndLoad(page, () => favorite.click())
    const unfavorite = page.getByRole('button', { name: /Unfavorite/ })
    assert.equal(await unfavorite.getAttribute('aria-pressed'), 'true')
    assert.include(await unfavorite.textContent(), '1 favorite')

    // The writer's own pages.
    await page.goto(urlFor('main.dashboard'))
    await page.getByText(ARTICLE.title).first().waitFor()
    await checkPage(assert, page, 'dashboard')
    await page.goto(urlFor('profiles.show', { username: 'ada_writes' }))
    await page.locator('.article-list').getByText(ARTICLE.title).waitFor()
    await checkPage(assert, page, 'profile')

    // A second account follows the author and finds the article in "Your feed".
    const reader = await UserFactory.merge({ username: 'bob_reads' }).create()
    const readerVisit = await anotherVisitor(browserContext)
    await signIn(readerVisit.page, reader.email, FACTORY_PASSWORD)
    await readerVisit.page.goto(urlFor('profiles.show', { username: 'ada_writes' }))
    await clickAndLoad(readerVisit.page, () =>
      readerVisit.page.getByRole('button', { name: 'Follow ada_writes' }).click()
    )
    assert.equal(
      await readerVisit.page
        .getByRole('button', { name: 'Unfollow ada_writes' })
        .getAttribute('aria-pressed'),
      'true'
    )
    await readerVisit.page.goto(urlFor('main.home'))
    await clickAndLoad(readerVisit.page, () =>
      readerVisit.page.getByRole('link', { name: 'Your feed' }).click()
    )
    await waitForPath(readerVisit.page, urlFor('main.feed'))
    await readerVisit.page.locator('.article-list').getByText(ARTICLE.title).waitFor()
    await checkPage(assert, readerVisit.page, 'your-feed')

    await Promise.all([guest.context.close(), readerVisit.context.close()])
    assert.deepEqual(pageErrors, [], 'no CSP violations or script errors on any page')
  })
})
