import { test } from '@japa/runner'
import Article from '#models/article'
import CreateArticle from '#actions/articles/create_article'
import UpdateArticle from '#actions/articles/update_article'
import DeleteArticle from '#actions/articles/delete_article'
import CreateFavorite from '#actions/favorites/create_favorite'
import UpdateUser from '#actions/users/update_user'
import { UserFactory } from '#database/factories/user_factory'
import { isolateDatabase } from '#tests/support/database'
import { urlFor } from '#tests/support/routes'
import { visit } from '#tests/support/visits'

/** The cards of the home page (its header, pages and sidebar left out). */
function cardsOf(html: string) {
  const start = html.indexOf('<ul class="article-list')
  if (start === -1) return ''
  const ends = ['<nav', '<aside'].map((tag) => html.indexOf(tag, start)).filter((at) => at !== -1)
  // Up to the last card's end: what follows the list changes with the pages.
  return html.slice(start, html.lastIndexOf('</li>', Math.min(...ends)) + '</li>'.length)
}

/**
 * Readers who are not signed in get the home page's cards drawn once per
 * version of its rows (FeedsController#index). Whatever changes in what they
 * show must show on the next page view, never an earlier drawing.
 */
test.group('Home cards for readers not signed in', (group) => {
  isolateDatabase(group)

  test('a new article, an edit, a favorite, a renamed writer and a deletion show at once', async ({
    client,
    assert,
  }) => {
    const writer = await UserFactory.merge({ username: 'home_writer' }).create()
    const reader = await UserFactory.create()
    const home = async () => {
      const response = await client.get(urlFor('main.home'))
      response.assertStatus(200)
      return cardsOf(response.text())
    }

    const first = await new CreateArticle().handle(writer, {
      title: 'A first story',
      description: 'Where it starts',
      body: 'Once.',
      tags: ['beginnings'],
    })
    let cards = await home()
    assert.include(cards, 'A first story')
    assert.equal(await home(), cards)

    await new CreateArticle().handle(writer, {
      title: 'A second story',
      description: 'Where it goes on',
      body: 'Twice.',
    })
    cards = await home()
    assert.include(cards, 'A second story')
    assert.include(cards, 'A first story')

    await new UpdateArticle().handle(await Article.findOrFail(first.id), {
      title: 'A first story, retold',
      tags: ['endings'],
    })
    cards = await home()
    assert.include(cards, 'A first story, retold')
    assert.include(cards, '>endings<')
    assert.notInclude(cards, '>beginnings<')

    await new CreateFavorite().handle(reader, await Article.findOrFail(first.id))
    cards = await home()
    assert.include(cards, '1<span class="visually-hidden"> favorite</span>')

    await new UpdateUser().handle(writer, { username: 'renamed_writer' })
    cards = await home()
    assert.include(cards, '>renamed_writer<')
    assert.notInclude(cards, 'home_writer')

    await new DeleteArticle().handle(await Article.findOrFail(first.id))
    cards = await home()
    assert.notInclude(cards, 'A first story')
    assert.include(cards, 'A second story')
  })

  test('a signed-in reader gets the same cards, drawn for them', async ({ client, assert }) => {
    const writer = await UserFactory.create()
    await new CreateArticle().handle(writer, { title: 'Shared', description: 'd', body: 'b' })
    const guest = await client.get(urlFor('main.home'))
    const signedIn = await client.get(urlFor('main.home')).loginAs(writer)
    assert.include(cardsOf(guest.text()), 'Shared')
    assert.equal(cardsOf(signedIn.text()), cardsOf(guest.text()))
  })
})

test.group('Home page kept for guests', (group) => {
  isolateDatabase(group)

  test('its pages and popular tags follow the data while the cards stay the same', async ({
    assert,
  }) => {
    const writer = await UserFactory.create()
    // Page 2 holds the oldest article alone.
    const oldest = await new CreateArticle().handle(writer, {
      title: 'The oldest one',
      description: 'd',
      body: 'b',
      tags: ['vintage'],
    })
    for (let index = 1; index <= 10; index++) {
      await new CreateArticle().handle(writer, {
        title: `Newer ${index}`,
        description: 'd',
        body: 'b',
      })
    }
    const pageTwoLink = `href="${urlFor('main.home')}?page=2"`
    const home = async () => {
      const response = await visit(urlFor('main.home'))
      assert.equal(response.status, 200)
      return response.text()
    }

    let html = await home()
    const cards = cardsOf(html)
    assert.include(html, pageTwoLink)
    assert.include(html, '>vintage<')
    assert.notInclude(cards, 'The oldest one')

    // Only the popular tags change.
    await new UpdateArticle().handle(await Article.findOrFail(oldest.id), { tags: [] })
    html = await home()
    assert.notInclude(html, '>vintage<')
    assert.equal(cardsOf(html), cards)

    // Only the number of pages changes.
    await new DeleteArticle().handle(await Article.findOrFail(oldest.id))
    html = await home()
    assert.notInclude(html, pageTwoLink)
    assert.equal(cardsOf(html), cards)
  })
})
