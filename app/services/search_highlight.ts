import { randomBytes } from 'node:crypto'

export interface HighlightMarkers {
  start: string
  stop: string
}

/**
 * Fresh, unguessable match markers for one search: ts_headline wraps matches
 * in them, and since no author can predict them, nothing in an article can
 * forge a <mark> (or any other tag) once the excerpt is escaped.
 */
export function highlightMarkers(): HighlightMarkers {
  const nonce = randomBytes(16).toString('hex')
  return { start: `hlstart${nonce}x`, stop: `hlstop${nonce}x` }
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes every character of the excerpt, then turns the markers into <mark> elements. */
export function renderHighlight(
  snippet: string | null | undefined,
  markers: HighlightMarkers
): string {
  if (!snippet) return ''
  const escaped = snippet.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
  return escaped.split(markers.start).join('<mark>').split(markers.stop).join('</mark>')
}
