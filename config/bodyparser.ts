import { defineConfig } from '@adonisjs/core/bodyparser'

const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  form: {
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    limit: '1mb',
    types: ['application/x-www-form-urlencoded'],
  },
  json: {
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    limit: '1mb',
    types: ['application/json', 'application/json-patch+json', 'application/vnd.api+json'],
  },
  // Files are read only on the routes that take an image (5 MB each, checked
  // by the validators so the error lands next to the field; the limit leaves
  // room for a larger file to be refused that way rather than cut off).
  multipart: {
    autoProcess: ['/settings', '/articles', '/articles/:slug', '/api/v1/uploads'],
    convertEmptyStringsToNull: true,
    trimWhitespaces: true,
    processManually: [],
    limit: '12mb',
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
