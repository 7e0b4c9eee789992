import { test } from '@japa/runner'
import { htmlAttributes } from '#services/html_attributes'

test.group('HTML attributes from component props', () => {
  test('writes values escaped, true as a bare attribute, and leaves out the unset', ({
    assert,
  }) => {
    const written = htmlAttributes({
      'class': 'inline-form',
      'data-confirm': 'Delete “a" onclick="alert(1)”?',
      'novalidate': true,
      'minlength': 0,
      'spellcheck': false,
      'placeholder': null,
      'pattern': undefined,
    })
    assert.equal(
      written.value,
      'class="inline-form" data-confirm="Delete “a&quot; onclick=&quot;alert(1)”?" novalidate minlength="0"'
    )
  })

  test("leaves out the component's own props", ({ assert }) => {
    const written = htmlAttributes({ route: 'articles.destroy', method: 'DELETE', id: 'x' }, [
      'route',
      'method',
    ])
    assert.equal(written.value, 'id="x"')
  })

  test('writes nothing for no attributes', ({ assert }) => {
    assert.equal(htmlAttributes({}).value, '')
  })
})
