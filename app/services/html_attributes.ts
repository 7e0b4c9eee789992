import { edgeGlobals } from 'edge.js'

const { escape, safe } = edgeGlobals.html

/**
 * Props as HTML attributes, for what the form and field components pass
 * through to their element: every prop but the component's own (`except`).
 * `true` gives a bare attribute (`novalidate`), false, null and undefined
 * leave it out, anything else is `name="value"` with the value escaped.
 * Edge's own `$props.except(...).toAttrs()` writes values unescaped (a quote
 * in an article title would end the attribute), drops a `0`, and deep-clones
 * the props (lodash `omit`) on every call.
 */
export function htmlAttributes(attributes: Record<string, unknown>, except: string[] = []) {
  const written: string[] = []
  for (const [name, value] of Object.entries(attributes)) {
    if (except.includes(name)) continue
    if (value === true) written.push(name)
    else if (value !== false && value !== null && value !== undefined) {
      written.push(`${name}="${escape(value)}"`)
    }
  }
  return safe(written.join(' '))
}
