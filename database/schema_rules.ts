import { type SchemaRules } from '@adonisjs/lucid/types/schema_generator'

export default {
  tables: {
    // Generated columns (the full-text document, the word count) are only
    // ever read inside SQL; a model must never try to write them.
    articles: { skipColumns: ['search', 'word_count'] },
  },
} satisfies SchemaRules
