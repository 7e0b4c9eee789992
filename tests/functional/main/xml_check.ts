/**
 * A small well-formedness check for the XML documents the site serves (no XML
 * parser is installed): every tag closes in order, attribute values are
 * quoted, text holds no raw `<`, and every `&` starts a known entity.
 * Returns the problems found; an empty list means the document is well formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = []
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '')
  // eslint-disable-next-line no-control-regex -- finding these characters is the point
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(body)) problems.push('control character')
  for (const ampersand of body.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi)) {
    problems.push(`bare & at ${ampersand.index}`)
  }

  const stack: string[] = []
  const TOKEN = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|>/g
  let last = 0
  for (const match of body.matchAll(TOKEN)) {
    const [whole, closing, name, , selfClosing] = match
    if (whole === '<') problems.push(`raw < at ${match.index}`)
    if (whole === '<' || whole === '>') continue
    if (/[<]/.test(body.slice(last, match.index))) problems.push(`raw < before ${whole}`)
    last = match.index! + whole.length
    if (closing) {
      const open = stack.pop()
      if (open !== name) problems.push(`</${name}> closes <${open}>`)
    } else if (!selfClosing) {
      stack.push(name)
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`)
  return problems
}
