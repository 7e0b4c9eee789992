import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/support/database'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { ArticleFactory, CommentFactory } from '#database/factories/article_factory'
import { axeViolations, checkPage, watchForPageErrors } from './support/checks.js'
import { anotherVisitor, clickAndLoad, signIn, signOut, waitForPath } from './support/actions.js'
import { urlFor } from '#tests/support/routes'

test.group('Browser: settings, password, moderation, keyboard, error pages', (group) => {
  isolateDatabase(group)

  test('a member updates the profile and changes the password, then signs in with the new one only', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const pageErrors = watchForPageErrors(browserContext)
    const member = await UserFactory.merge({ username: 'carol_settings', bio: null }).create()
    const page = await visit(urlFor('auth.login'))
    await checkPage(assert, page, 'login')
    await signIn(page, member.email, FACTORY_PASSWORD)

    await page.goto(urlFor('profiles.settings.edit'))
    await checkPage(assert, page, 'settings')
    await page.locator('#field-bio').fill('I write about trains.')
    await page.locator('#field-location').fill('Lisbon')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Update settings' }).click())
    await page.getByText('Your settings have been saved.').waitFor()
    assert.equal(await page.locator('#field-location').inputValue(), 'Lisbon')
    await page.goto(urlFor('profiles.show', { username: 'carol_settings' }))
    await page.getByText('I write about trains.').waitFor()

    // A wrong current password is refused next to its field.
    await page.goto(urlFor('profiles.settings.edit'))
    await page.locator('#field-current_password').fill('not-my-password')
    await page.locator('#field-password').fill('brand-new-password-1')
    await page.locator('#field-password_confirmation').fill('brand-new-password-1')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Change password' }).click())
    await page.locator('#field-current_password-error').waitFor()
    await checkPage(assert, page, 'settings-error')

    await page.locator('#field-current_password').fill(FACTORY_PASSWORD)
    await page.locator('#field-password').fill('brand-new-password-1')
    await page.locator('#field-password_confirmation').fill('brand-new-password-1')
    await clickAndLoad(page, () => page.getByRole('button', { name: 'Change password' }).click())
    await page.getByText('Your password has been changed.').waitFor()

    await signOut(page)
    await signIn(page, member.email, FACTORY_PASSWORD)
    await page.getByText('Invalid e-mail or password.').waitFor()
    await signIn(page, member.email, 'brand-new-password-1')
    await waitForPath(page, urlFor('main.home'))
    await page.getByRole('button', { name: 'Sign out' }).waitFor()
    assert.deepEqual(pageErrors, [])
  })

  test('an admin hides a comment from the admin area and readers no longer see it', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const pageErrors = watchForPageErrors(browserContext)
    const admin = await UserFactory.apply('admin').create()
    const author = await UserFactory.create()
    const spammer = await UserFactory.create()
    const article = await ArticleFactory.merge({
      authorId: author.id,
      title: 'Gardening in small spaces',
    }).create()
    const spam = await CommentFactory.merge({
      articleId: article.id,
      authorId: spammer.id,
      body: 'Buy cheap watches now',
    }).create()
    await CommentFactory.merge({
      articleId: article.id,
      authorId: author.id,
      body: 'Thanks for reading!',
    }).create()

    const page = await visit(urlFor('auth.login'))
    await signIn(page, admin.email, FACTORY_PASSWORD)
    await page.goto(urlFor('admin.dashboard.index'))
    await checkPage(assert, page, 'admin')
    for (const [path, name] of [
      [urlFor('admin.users.index'), 'admin-users'],
      [urlFor('admin.articles.index'), 'admin-articles'],
    ]) {
      await page.goto(path)
      await checkPage(assert, page, name)
    }
    await page.goto(urlFor('admin.comments.index'))
    await checkPage(assert, page, 'admin-comments')
    await clickAndLoad(page, () =>
      page.getByRole('button', { name: `Hide comment ${spam.id}` }).click()
    )
    await page.getByRole('button', { name: `Restore comment ${spam.id}` }).waitFor()

    const reader = await anotherVisitor(browserContext)
    await reader.page.goto(urlFor('articles.show', { slug: article.slug }))
    await reader.page.getByText('Thanks for reading!').waitFor()
    assert.equal(
      await reader.page.getByText('Buy cheap watches now').count(),
      0,
      'the hidden comment is gone for readers'
    )
    await reader.context.close()
    assert.deepEqual(pageErrors, [])
  })

  test('signing in works with the keyboard alone, with a visible focus on every step', async ({
    visit,
    assert,
  }) => {
    const member = await UserFactory.create()
    const page = await visit(urlFor('auth.login'))
    // Runs in the page: what has the focus, and does it show?
    const focused = () =>
      page.evaluate(`(() => {
        const element = document.activeElement
        const style = element ? getComputedStyle(element) : null
        return {
          name: (element && (element.getAttribute('name') || element.textContent.trim())) || '',
          outlined: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        }
      })()`) as Promise<{ name: string; outlined: boolean }>

    // From the top of the page: Tab until the e-mail field has the focus.
    await page.evaluate('document.activeElement && document.activeElement.blur()')
    let current = await focused()
    for (let presses = 0; presses < 25 && current.name !== 'email'; presses++) {
      await page.keyboard.press('Tab')
      current = await focused()
    }
    assert.equal(current.name, 'email')
    assert.isTrue(current.outlined, 'the e-mail field shows focus')
    await page.keyboard.type(member.email)
    await page.keyboard.press('Tab')
    current = await focused()
    assert.equal(current.name, 'password')
    assert.isTrue(current.outlined, 'the password field shows focus')
    await page.keyboard.type(FACTORY_PASSWORD)
    await page.keyboard.press('Tab')
    current = await focused()
    assert.equal(current.name, 'remember')
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    const button = await focused()
    assert.equal(button.name, 'Sign in')
    assert.isTrue(button.outlined, 'the button shows focus')
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')])

    await waitForPath(page, urlFor('main.home'))
    await page.getByText(`Welcome back, ${member.username}.`).waitFor()
    assert.isTrue((await page.locator('input[name="remember"]').count()) === 0)
  })

  test('the error pages look like the site and pass the same accessibility checks', async ({
    visit,
    assert,
  }) => {
    const missing = await visit('/no-such-page')
    await missing.getByRole('heading', { level: 1 }).waitFor()
    await checkPage(assert, missing, 'error-404')

    const missingArticle = await visit(urlFor('articles.show', { slug: 'no-such-article' }))
    await checkPage(assert, missingArticle, 'error-404-article')

    const member = await UserFactory.create()
    await signIn(missingArticle, member.email, FACTORY_PASSWORD)
    const forbidden = await missingArticle.goto(urlFor('admin.dashboard.index'))
    assert.equal(forbidden?.status(), 403)
    await checkPage(assert, missingArticle, 'error-403')
  })

  test('the accessibility check itself catches violations', async ({ visit, assert }) => {
    const page = await visit(urlFor('main.about'))
    // An image without alt text and an input without a label, added in the page.
    await page.evaluate(`(() => {
      const main = document.querySelector('main')
      const image = document.createElement('img')
      image.src = '/favicon.svg'
      main.append(image, document.createElement('input'))
    })()`)
    const violations = await axeViolations(page)
    const ids = violations.map((violation) => violation.id)
    assert.includeMembers(ids, ['image-alt', 'label'])
  })
})
