import { test } from '@japa/runner'
import {
  AVATAR_BACKGROUNDS,
  AVATAR_TEXT,
  avatarBackground,
  avatarInitials,
  renderDefaultAvatar,
} from '#services/avatars'

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

test.group('Default avatars', () => {
  test('every background gives its initials a contrast of at least 4.5:1', ({ assert }) => {
    for (const background of AVATAR_BACKGROUNDS) {
      assert.isAtLeast(contrast(background, AVATAR_TEXT), 4.5, background)
    }
  })

  test('initials come from the username', ({ assert }) => {
    assert.equal(avatarInitials('ada_lovelace'), 'AL')
    assert.equal(avatarInitials('grace-hopper'), 'GH')
    assert.equal(avatarInitials('linus'), 'L')
    assert.equal(avatarInitials('_x'), 'X')
  })

  test('the same username always gets the same picture; usernames spread over the colours', ({
    assert,
  }) => {
    assert.equal(renderDefaultAvatar('ada_lovelace'), renderDefaultAvatar('ada_lovelace'))
    assert.equal(avatarBackground('Ada_Lovelace'), avatarBackground('ada_lovelace'))
    const used = new Set(
      Array.from({ length: 200 }, (_, index) => avatarBackground(`member_${index}`))
    )
    assert.isAtLeast(used.size, AVATAR_BACKGROUNDS.length - 1)
  })
})
