/**
 * Checks that a rendered page cannot run anything a user wrote: no <script>
 * but the site's own (its code, and JSON-LD that parses as JSON), no event-handler attribute, no javascript:/vbscript:/
 * data: URL in a link, image or form, no <iframe>/<object>/<embed>/<svg>.
 * Attribute values are read the way a browser reads them (quotes, entities),
 * so escaped text such as `value="&quot;&gt;&lt;svg onload=..."` is not
 * mistaken for markup.
 */

const TAG =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g
const ATTRIBUTE = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'data',
])
const ACTIVE_TAGS = new Set([
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'base',
  'frame',
  'frameset',
])
const SITE_SCRIPT = '/js/app.js'
/** The site's own icons (components/article/list.edge): inline SVG, never from user input. */
const SITE_ICON = '<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16">'
const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g

function decodeEntities(value: string) {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

function dangerousUrl(value: string) {
  const compact = decodeEntities(value)
    // eslint-disable-next-line no-control-regex -- browsers drop these inside a URL scheme
    .replace(/[\u0000-\u0020]+/g, '')
    .toLowerCase()
  return /^(javascript|vbscript|data|livescript):/.test(compact)
}

/** Every reason `html` is not inert; an empty list means it is safe. */
export function activeContent(page: string): string[] {
  const problems: string[] = []
  // The site's JSON-LD is data, never run: allowed when it is exactly one
  // JSON value with no "<" in it (so nothing a user wrote can close it).
  const html = page.replace(JSON_LD, (whole, json: string) => {
    if (json.includes('<')) return whole
    try {
      JSON.parse(json)
      return ''
    } catch {
      return whole
    }
  })
  for (const [whole, rawName, rawAttributes] of html.matchAll(TAG)) {
    const name = rawName.toLowerCase()
    const attributes = new Map<string, string>()
    for (const [, attrName, double, single, bare] of rawAttributes.matchAll(ATTRIBUTE)) {
      attributes.set(attrName.toLowerCase(), double ?? single ?? bare ?? '')
    }
    if (ACTIVE_TAGS.has(name) && whole !== SITE_ICON) problems.push(`<${name}> element: ${whole}`)
    if (name === 'script' && attributes.get('src') !== SITE_SCRIPT)
      problems.push(`script: ${whole}`)
    for (const [attrName, value] of attributes) {
      if (attrName.startsWith('on')) problems.push(`event handler: ${whole}`)
      if (attrName === 'style' && /expression|url\s*\(/i.test(value))
        problems.push(`style: ${whole}`)
      if (URL_ATTRIBUTES.has(attrName) && dangerousUrl(value))
        problems.push(`dangerous URL: ${whole}`)
      if (name === 'meta' && attrName === 'http-equiv' && value.toLowerCase() === 'refresh') {
        problems.push(`meta refresh: ${whole}`)
      }
    }
  }
  // A <script> the tag pattern could not parse is still a script.
  const scriptTags = html.match(/<script\b/gi)?.length ?? 0
  const siteScripts = html.match(/<script src="\/js\/app\.js" defer><\/script>/g)?.length ?? 0
  if (scriptTags !== siteScripts)
    problems.push(`${scriptTags - siteScripts} unexpected <script> tag(s)`)
  return problems
}

/** Payloads that must come out as text in every field a user can fill. */
export const XSS_PAYLOADS = [
  '<script>alert("xss-script")</script>',
  '<img src=x onerror=alert("xss-img")>',
  '"><svg onload=alert("xss-svg")>',
  "'><body onload=alert('xss-body')>",
  '<a href="javascript:alert(1)">xss-anchor</a>',
  '[xss-md-link](javascript:alert(1))',
  '[xss-md-entity](&#106;avascript:alert(1))',
  '[xss-md-case](JaVaScRiPt:alert(1))',
  '![xss-md-image](javascript:alert(1))',
  '[xss-md-data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![xss-md-data-image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<iframe src="javascript:alert(1)">xss-iframe</iframe>',
  '<a href="vbscript:msgbox(1)">xss-vb</a>',
] as const
