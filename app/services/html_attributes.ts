import { edgeGlobals } from 'edge.js'

const { escape, safe } = edgeGlobals.html

/**
 * Props as HTML attributes, for what the form and field components pass
 * through to their element: `true` gives a bare attribute (`novalidate`),
 * false, null and undefined leave it out, anything else is `name="value"`
 * with the value escaped. Edge's own `$props.toAttrs()` writes values
 * unescaped (a quote in an article title would end the attribute) and
 * drops a `0`.
 */
export function htmlAttributes(attributes: Record<string, unknown>) {
  const written: string[] = []
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) written.push(name)
    else if (value !== false && value !== null && value !== undefined) {
      written.push(`${name}="${escape(value)}"`)
    }
  }
  return safe(written.join(' '))
}
