import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { UserFactory } from '#database/factories/user_factory'
import SendNotificationEmails from '#actions/notifications/send_notification_emails'
import { isolateDatabase } from '#tests/support/database'
import { articleBy } from '#tests/support/api'
import { testInbox } from '#tests/support/smtp_inbox'

function verifiedWriter(username: string) {
  return UserFactory.merge({
    username,
    email: `${username}@example.com`,
    emailVerifiedAt: DateTime.now(),
  }).create()
}

test.group('Notifications', (group) => {
  isolateDatabase(group)
  group.each.setup(() => testInbox.clear())

  test('a comment makes one notification, and one e-mail per batching window', async ({
    client,
    assert,
  }) => {
    const writer = await verifiedWriter('writer')
    const reader = await UserFactory.merge({ username: 'reader' }).create()
    const article = await articleBy(writer, { title: 'On tea' })

    await client
      .post(`/articles/${article.slug}/comments`)
      .form({ body: 'Lovely piece' })
      .loginAs(reader)
      .withCsrfToken()

    const home = await client.get('/').loginAs(writer)
    home.assertTextIncludes('1<span class="visually-hidden"> unread</span>')
    const page = await client.get('/notifications').loginAs(writer)
    page.assertTextIncludes('commented on')
    page.assertTextIncludes('On tea')

    const start = DateTime.now()
    assert.equal(await new SendNotificationEmails().handle(start), 1)
    const [first] = await testInbox.waitFor(writer.email)
    assert.equal(first.subject, 'reader commented on “On tea”')
    assert.include(first.text, `/articles/${article.slug}#comment-`)

    // Two more comments inside the window wait, then arrive as one digest.
    for (const body of ['Second thought', 'Third thought']) {
      await client
        .post(`/articles/${article.slug}/comments`)
        .form({ body })
        .loginAs(reader)
        .withCsrfToken()
    }
    assert.equal(await new SendNotificationEmails().handle(start.plus({ minutes: 5 })), 0)
    assert.equal(await new SendNotificationEmails().handle(start.plus({ minutes: 16 })), 1)
    const messages = await testInbox.waitFor(writer.email, 2)
    assert.lengthOf(messages, 2)
    assert.equal(messages[1].subject, '2 new comments on Folio')
    assert.equal(messages[1].text.match(/reader commented on/g)?.length, 2)
    assert.equal(await new SendNotificationEmails().handle(start.plus({ minutes: 40 })), 0)
  })

  test('one-click unsubscribe works without signing in; a forged link does not', async ({
    client,
    assert,
  }) => {
    const writer = await verifiedWriter('author')
    const fan = await UserFactory.create()
    const article = await articleBy(writer)
    await client
      .post(`/articles/${article.slug}/comments`)
      .form({ body: 'Hello' })
      .loginAs(fan)
      .withCsrfToken()
    await new SendNotificationEmails().handle()
    const [message] = await testInbox.waitFor(writer.email)
    const unsubscribe = message.link('/notifications/unsubscribe/')
    assert.include(message.headerLines, 'List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    assert.include(message.headerLines, `List-Unsubscribe: <${unsubscribe}>`)

    const { pathname, search } = new URL(unsubscribe)
    const ask = await client.get(pathname + search)
    ask.assertStatus(200)
    ask.assertTextIncludes('Stop e-mails about comments on your articles?')
    // Its button posts back to the same signed link; no session there, so no CSRF field.
    const form = ask.text().match(/<form\s+method="POST"\s+action="([^"]+)"/)
    assert.equal(form?.[1], (pathname + search).replaceAll('&', '&amp;'))
    assert.notInclude(ask.text(), 'name="_csrf"')

    const forged = await client.post(pathname.replace(/\/comment$/, '/follow') + search)
    forged.assertStatus(404)

    const done = await client.post(pathname + search)
    done.assertStatus(200)
    done.assertTextIncludes('you will get no more e-mails about comments on your articles')
    await writer.refresh()
    assert.equal(writer.commentNotifications, 'site')
  })

  test('marking as read clears the count and keeps the e-mail from going out', async ({
    client,
    assert,
  }) => {
    const writer = await verifiedWriter('reads')
    const article = await articleBy(writer)
    await client
      .post(`/articles/${article.slug}/comments`)
      .form({ body: 'Hi' })
      .loginAs(await UserFactory.create())
      .withCsrfToken()
    await client.post('/notifications/read').loginAs(writer).withCsrfToken()
    const page = await client.get('/notifications').loginAs(writer)
    assert.notInclude(page.text(), ' unread</span>')
    assert.equal(await new SendNotificationEmails().handle(), 0)
  })

  test('followers: on the site by default, by e-mail when chosen, never when off', async ({
    client,
    assert,
  }) => {
    const writer = await verifiedWriter('followed')
    const [first, second, third] = await UserFactory.createMany(3)

    await client.post('/profiles/followed/follow').loginAs(first).withCsrfToken()
    const page = await client.get('/notifications').loginAs(writer)
    page.assertTextIncludes('now follows you')
    assert.equal(await new SendNotificationEmails().handle(), 0, 'site only by default')

    const saved = await client
      .put('/settings/notifications')
      .form({ comment: 'off', follow: 'email' })
      .loginAs(writer)
      .withCsrfToken()
      .redirects(0)
    saved.assertFlashMessage('success', 'Your notification settings have been saved.')
    await client.post('/profiles/followed/follow').loginAs(second).withCsrfToken()
    assert.equal(await new SendNotificationEmails().handle(), 1)
    const [message] = await testInbox.waitFor(writer.email)
    // Both unread follows, the one from before the change included, in one message.
    assert.equal(message.subject, '2 new followers on Folio')

    await writer.merge({ followNotifications: 'off' }).save()
    await client.post('/profiles/followed/follow').loginAs(third).withCsrfToken()
    const after = await client.get('/notifications').loginAs(writer)
    assert.equal(after.text().match(/now follows you/g)?.length, 2)
  })
})
