/**
 * Text for XML documents (Atom feed, sitemap): the five markup characters
 * escaped, and the control characters XML 1.0 forbids dropped, because one
 * stray \u0001 in a title would make the whole document unreadable.
 */
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

export function escapeXml(value: string | number | null | undefined): string {
  return (
    String(value ?? '')
      // eslint-disable-next-line no-control-regex -- removing these characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/[&<>"']/g, (char) => XML_ESCAPES[char])
  )
}
