import { type SchemaRules } from '@adonisjs/lucid/types/schema_generator'

export default {
  tables: {
    // The generated full-text document is only ever read inside SQL.
    articles: { skipColumns: ['search'] },
  },
} satisfies SchemaRules
