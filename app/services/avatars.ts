import { createHash } from 'node:crypto'

/**
 * The picture of an account without one: its initials on a colour picked
 * from its username, so it stays the same on every page and every server.
 * Every background carries white text at a contrast of at least 4.5:1
 * (WCAG AA for normal text; tests/unit/avatars.spec.ts checks each one).
 */
export const AVATAR_BACKGROUNDS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#6d28d9',
  '#c2410c',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#374151',
  '#a21caf',
] as const

export const AVATAR_TEXT = '#ffffff'

/** Up to two letters: the first of each of the first two parts of "ada_lovelace" → "AL". */
export function avatarInitials(username: string) {
  const parts = username.split(/[_\-\s.]+/).filter(Boolean)
  const letters = parts.length > 1 ? parts[0][0] + parts[1][0] : (parts[0] ?? '?').slice(0, 1)
  return letters.toUpperCase()
}

export function avatarBackground(username: string) {
  const digest = createHash('sha1').update(username.toLowerCase()).digest()
  return AVATAR_BACKGROUNDS[digest.readUInt32BE(0) % AVATAR_BACKGROUNDS.length]
}

/** The SVG document; initials are letters and digits only, so nothing needs escaping. */
export function renderDefaultAvatar(username: string) {
  const initials = avatarInitials(username).replace(/[^A-Z0-9]/g, '') || '?'
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">` +
    `<rect width="64" height="64" fill="${avatarBackground(username)}"/>` +
    `<text x="32" y="32" dy="0.35em" text-anchor="middle" fill="${AVATAR_TEXT}" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" ` +
    `font-size="${initials.length > 1 ? 26 : 30}" font-weight="600">${initials}</text></svg>`
  )
}
