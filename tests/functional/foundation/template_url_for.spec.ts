import { test } from '@japa/runner'
import edge from 'edge.js'
import router from '@adonisjs/core/services/router'

/**
 * Templates find routes by name in a Map (start/view.ts) instead of the
 * router's walk over every route: the links they write must not change.
 */
/** Route names as plain strings: the test walks every route, whatever its name. */
type AnyUrlFor = (name: string, params?: unknown, options?: unknown) => string
const routerUrlFor = router.urlBuilder.urlFor as unknown as AnyUrlFor

test.group('Template urlFor', () => {
  test('writes the URL the router writes, for every named route', ({ assert }) => {
    const templateUrlFor = edge.globals.urlFor as AnyUrlFor
    assert.notStrictEqual(templateUrlFor, routerUrlFor)

    const named = Object.values(router.toJSON())
      .flat()
      .filter((route) => route.name)
    assert.isAbove(named.length, 50)

    for (const route of named) {
      // Values that need encoding, so encoding differences would show.
      const params = Object.fromEntries(
        route.tokens
          .filter((token) => token.type !== 0)
          .map((token, index) =>
            token.type === 2 ? ['*', ['a b', 'ç']] : [token.val, `v ${index}/é?#`]
          )
      )
      for (const options of [undefined, { qs: { page: 2, q: 'a&b c', next: '/x?y=1' } }]) {
        assert.equal(
          templateUrlFor(route.name!, params, options),
          routerUrlFor(route.name!, params, options),
          route.name
        )
      }
    }
  })

  test('a name no route has fails as the router fails', ({ assert }) => {
    const templateUrlFor = edge.globals.urlFor as AnyUrlFor
    assert.throws(() => templateUrlFor('no.such.route'), /Cannot lookup route "no\.such\.route"/)
    assert.throws(() => templateUrlFor('articles.show', {}), /Missing value for the "slug" param/)
  })
})
