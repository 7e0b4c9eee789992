import { readFileSync } from 'node:fs'
import fc from 'fast-check'

/*
|--------------------------------------------------------------------------
| fast-check arbitraries read from resources/openapi/openapi.json
|--------------------------------------------------------------------------
|
| Covers the JSON Schema the document uses ($ref, anyOf, type, enum,
| required, min/maxLength, pattern, format, minimum/maximum, maxItems), so
| requests are generated from what the document promises, not from what the
| validators happen to accept.
|
*/

export type Schema = {
  $ref?: string
  anyOf?: Schema[]
  type?: string
  enum?: unknown[]
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  maxItems?: number
}

export type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; schema: Schema }

export type Operation = {
  method: string
  path: string
  parameters: Parameter[]
  body?: Schema
  secured: boolean
}

export const openapiDocument = JSON.parse(
  readFileSync(new URL('../../resources/openapi/openapi.json', import.meta.url), 'utf8')
)

/** `{"$ref": "#/components/..."}` followed to what it names. */
export function resolve<T extends object>(value: T | { $ref: string }): T {
  if (!('$ref' in value) || typeof value.$ref !== 'string') return value as T
  const target = value.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node: any, key) => node[key], openapiDocument)
  return resolve(target)
}

/** Every operation of the document, its parameters and body schema resolved. */
export function operations(): Operation[] {
  const found: Operation[] = []
  for (const [path, item] of Object.entries<any>(openapiDocument.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      if (method === 'parameters') continue
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(
        (parameter: any) => resolve<Parameter>(parameter)
      )
      const body = operation.requestBody?.content?.['application/json']?.schema
      const security = operation.security ?? openapiDocument.security ?? []
      found.push({
        method: method.toUpperCase(),
        path,
        parameters,
        body,
        secured: security.length > 0,
      })
    }
  }
  return found
}

/**
 * Text as people write it, across Unicode (emoji and other astral
 * characters included). NUL and U+FFFD are left out: the document says text
 * holding them is refused.
 */
const character = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\t', '  ', '\u00a0') },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }
  )
  .filter((text) => text.isWellFormed() && !text.includes('\u0000') && !text.includes('\uFFFD'))

const characterCount = (text: string) => Array.from(text).length

function stringFor(schema: Schema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0
  const maxLength = schema.maxLength ?? 60
  if (schema.format === 'email') {
    return fc
      .tuple(
        fc.stringMatching(/^[a-z0-9]{1,20}$/),
        fc.stringMatching(/^[a-z0-9]{1,20}$/),
        fc.constantFrom('com', 'org', 'io')
      )
      .map(([user, domain, tld]) => `${user}@${domain}.${tld}`)
  }
  if (schema.format === 'uri') return fc.webUrl({ validSchemes: ['http', 'https'] })
  if (schema.pattern && schema.pattern.startsWith('^')) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((text) => text.length >= minLength && text.length <= maxLength)
  }
  // Mostly short, sometimes right at the limit (where counting units instead of characters shows).
  const length = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.integer({ min: minLength, max: Math.min(maxLength, minLength + 30) }),
    },
    { weight: 1, arbitrary: fc.constant(maxLength) }
  )
  // Long texts repeat a short generated piece: generating 100,000 characters one by one is slow.
  return length
    .chain((size) =>
      fc
        .array(character, { minLength: Math.min(size, 40), maxLength: Math.min(size, 40) })
        .map((parts) => Array.from(parts.join('')))
        .map((piece) =>
          piece.length === 0
            ? ''
            : Array.from({ length: size }, (_, index) => piece[index % piece.length])
                .slice(0, maxLength)
                .join('')
        )
    )
    .filter((text) => characterCount(text) >= minLength)
    .filter((text) => !schema.pattern || new RegExp(schema.pattern, 'u').test(text))
}

/** Values the schema accepts. */
export function valid(schemaOrRef: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(schemaOrRef)
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((option) => valid(option)))
  if (schema.enum) return fc.constantFrom(...schema.enum)
  switch (schema.type) {
    case 'string':
      return stringFor(schema)
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1_000_000 })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.array(valid(schema.items ?? {}), { maxLength: schema.maxItems ?? 5 })
    case 'object': {
      const properties = schema.properties ?? {}
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, valid(value)])),
        { requiredKeys: (schema.required ?? []).filter((key) => key in properties) as never[] }
      )
    }
    default:
      return fc.jsonValue()
  }
}

/** Any JSON at all, with some near misses (wrong types, empties, nulls, huge numbers). */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, '', ' ', 0, -1, 1.5, 1e309, true, false, [], {}, '\u0000', 'x'.repeat(300)),
  fc.jsonValue({ maxDepth: 3 })
)

/** Values the schema may or may not accept: valid ones, each part at times replaced by any JSON. */
export function anything(schemaOrRef: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(schemaOrRef)
  if (schema.type === 'object' && schema.properties && !schema.anyOf) {
    const properties = Object.entries(schema.properties)
    return fc.oneof(
      { weight: 1, arbitrary: anyJson },
      {
        weight: 6,
        arbitrary: fc.record(
          Object.fromEntries(properties.map(([key, value]) => [key, anything(value)])),
          { requiredKeys: [] }
        ),
      }
    )
  }
  return fc.oneof({ weight: 3, arbitrary: valid(schema) }, { weight: 1, arbitrary: anyJson })
}

/** A query-string value: the schema's own values, or text that is not one of them. */
export function queryValue(schema: Schema, onlyValid: boolean): fc.Arbitrary<string> {
  const own = valid(schema).map(String)
  if (onlyValid) return own
  return fc.oneof(
    { weight: 3, arbitrary: own },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '-1',
        '1e2',
        '0x10',
        '1.5',
        'abc',
        '99999999999999999999',
        ' 5'
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) }
  )
}
