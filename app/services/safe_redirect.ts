/**
 * The path to return to after signing in, or null when `next` could lead
 * off this site: only same-site absolute paths pass ("/x", not "//evil",
 * not "/\evil", not "https://evil").
 */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > 2000) return null
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null
  // Control characters and backslashes: browsers drop or reinterpret them in URLs.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null
  try {
    const resolved = new URL(next, 'http://folio.invalid')
    if (resolved.origin !== 'http://folio.invalid') return null
    // Dot segments normalize away ("/.//evil" becomes "//evil"): check the result too.
    if (resolved.pathname.startsWith('//')) return null
    return resolved.pathname + resolved.search + resolved.hash
  } catch {
    return null
  }
}
