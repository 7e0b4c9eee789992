import vine from '@vinejs/vine'

/*
|--------------------------------------------------------------------------
| Text fields, counted and cleaned the way the OpenAPI document says
|--------------------------------------------------------------------------
|
| Lengths are in characters (Unicode code points), as JSON Schema's
| `maxLength` and PostgreSQL's varchar(n) count them, not in UTF-16 units:
| a 255-emoji title is 255 characters, not 510. Single-line fields are
| trimmed; multi-line text (Markdown) keeps every space a writer typed and
| only has its line endings normalized.
|
*/

/** How many characters (code points) `text` holds. */
export function characterCount(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) index++
    }
    count++
  }
  return count
}

/** minLength/maxLength in characters, reported under Vine's own rule names and messages. */
const lengthInCharacters = vine.createRule(
  (value, { min, max }: { min?: number; max?: number }, field) => {
    if (typeof value !== 'string') return
    const length = characterCount(value)
    if (length === 0 && min === 1) {
      field.report('The {{ field }} field must not be blank', 'notBlank', field)
    } else if (min !== undefined && length < min) {
      field.report(
        'The {{ field }} field must have at least {{ min }} characters',
        'minLength',
        field,
        {
          min,
        }
      )
    } else if (max !== undefined && length > max) {
      field.report(
        'The {{ field }} field must not be greater than {{ max }} characters',
        'maxLength',
        field,
        { max }
      )
    }
  }
)

/** CRLF and lone CR become LF (browsers submit textareas with CRLF). */
const unixLineEndings = vine.createRule((value, _options, field) => {
  if (typeof value === 'string' && value.includes('\r')) {
    field.mutate(value.replace(/\r\n?/g, '\n'), field)
  }
})

/** Text made only of whitespace says nothing. */
const visibleText = vine.createRule((value, _options, field) => {
  if (typeof value === 'string' && !/\S/.test(value)) {
    field.report('The {{ field }} field must not be blank', 'notBlank', field)
  }
})

/**
 * Vine's `optional()` reads `null` as "absent"; for a field that has no
 * null value (a title, `published`), an explicit null is a mistake to report,
 * not a silent "no change".
 */
const notNull = vine.createRule(
  (value, _options, field) => {
    if (value === null) field.report('The {{ field }} field must not be null', 'notNull', field)
  },
  { implicit: true }
)

/** A one-line text: trimmed, then `min`..`max` characters (at least one by default). */
export function singleLineText({ min = 1, max }: { min?: number; max: number }) {
  return vine.string().trim().use(lengthInCharacters({ min, max }))
}

/** Writing (Markdown bodies, comments): kept as typed but for line endings, never blank. */
export function multiLineText({ max }: { max: number }) {
  return vine.string().use(unixLineEndings()).use(visibleText()).use(lengthInCharacters({ max }))
}

/** Up to `max` characters, as typed (passwords: every character counts). */
export function verbatimText({ min, max }: { min?: number; max: number }) {
  return vine.string().use(lengthInCharacters({ min, max }))
}

/** Makes `schema` optional (absent = unchanged) while refusing an explicit null. */
export function optionalNotNull<Schema extends { optional(): { use(rule: any): any } }>(
  schema: Schema
): ReturnType<Schema['optional']> {
  return schema.optional().use(notNull()) as ReturnType<Schema['optional']>
}

/**
 * A whole number as a query string carries it: decimal digits only, so
 * `1e2`, `0x10`, `1.0`, ` 5` and `limit[]=1` are refused like the OpenAPI
 * document's `type: integer` says, instead of being read as numbers.
 */
const wholeNumberInRange = vine.createRule(
  (value, { min, max }: { min: number; max: number }, field) => {
    if (typeof value === 'number' && Number.isInteger(value)) value = String(value)
    if (typeof value !== 'string' || !/^-?\d{1,16}$/.test(value)) {
      field.report('The {{ field }} field must be an integer', 'withoutDecimals', field)
      return
    }
    const number = Number(value)
    if (number < min || number > max) {
      field.report(
        'The {{ field }} field must be between {{ min }} and {{ max }}',
        'range',
        field,
        {
          min,
          max,
        }
      )
      return
    }
    field.mutate(number, field)
  }
)

/** An optional integer query parameter within `min`..`max`. */
export function queryInteger({ min, max }: { min: number; max: number }) {
  return vine
    .any()
    .use(wholeNumberInRange({ min, max }))
    .transform((value) => value as number)
    .optional()
}
