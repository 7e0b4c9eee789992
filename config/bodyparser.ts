import { defineConfig } from '@adonisjs/core/bodyparser'

/**
 * Nothing is trimmed here: an article body keeps its leading indentation
 * (a Markdown code block) and trailing spaces (a hard break). Validators
 * trim the single-line fields they own (app/validators/text.ts).
 *
 * JSON keeps `""` as a string, so the API can refuse an empty title instead
 * of reading it as "no change"; forms still turn an empty input into null
 * (an untouched optional field).
 */
const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  form: {
    convertEmptyStringsToNull: true,
    trimWhitespaces: false,
    limit: '1mb',
    types: ['application/x-www-form-urlencoded'],
  },
  json: {
    convertEmptyStringsToNull: false,
    trimWhitespaces: false,
    limit: '1mb',
    types: ['application/json', 'application/json-patch+json', 'application/vnd.api+json'],
  },
  // Files are read only on the routes that take an image (5 MB each, checked
  // by the validators so the error lands next to the field; the limit leaves
  // room for a larger file to be refused that way rather than cut off).
  multipart: {
    autoProcess: [
      '/settings',
      '/articles',
      '/articles/:slug',
      // The editor's Preview button sends the same (multipart) form.
      '/editor/preview',
      '/articles/:slug/preview',
      '/api/v1/uploads',
    ],
    convertEmptyStringsToNull: true,
    trimWhitespaces: false,
    processManually: [],
    limit: '12mb',
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
