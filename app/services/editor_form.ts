import type Article from '#models/article'
import { renderMarkdown } from '#services/markdown'
import { countWords } from '#services/reading_time'

/**
 * What pages/articles/form.edge shows: the article being edited (null for a
 * new one), the text in the fields, the errors next to them and, after the
 * Preview button, the rendered article.
 */
export interface EditorForm {
  article: Article | null
  values: EditorValues
  errors: Record<string, string[]>
  preview: EditorPreview | null
  /** Words in the body as it stands, for the count under the field. */
  bodyWords: number
  /** A cover chosen in an earlier round of the form, stored and not saved with the article yet. */
  pendingCover: string | null
}

export interface EditorValues {
  title: string
  description: string
  body: string
  /** As typed: comma-separated. */
  tags: string
}

export interface EditorPreview {
  title: string
  description: string
  /** The body through the article page's own Markdown renderer (safe to print raw). */
  html: string
  words: number
}

/** The editor as first opened: empty, or the article's saved text. */
export function editorForm(article: Article | null): EditorForm {
  const values = article
    ? {
        title: article.title,
        description: article.description,
        body: article.body,
        tags: article.tagList.join(', '),
      }
    : { title: '', description: '', body: '', tags: '' }
  return {
    article,
    values,
    errors: {},
    preview: null,
    bodyWords: countWords(values.body),
    pendingCover: null,
  }
}

/**
 * The editor shown again with what was submitted (nothing typed is lost),
 * the validation messages by field and, when asked, a preview.
 */
export function editorFormOf(
  article: Article | null,
  input: Record<string, unknown>,
  messages: { field: string; message: string }[] = [],
  { preview = false, pendingCover = null }: { preview?: boolean; pendingCover?: string | null } = {}
): EditorForm {
  const text = (name: keyof EditorValues) =>
    typeof input[name] === 'string' ? (input[name] as string) : ''
  const values = {
    title: text('title'),
    description: text('description'),
    body: text('body'),
    tags: text('tags'),
  }
  const errors: Record<string, string[]> = {}
  for (const { field, message } of messages) (errors[field] ??= []).push(message)
  return {
    article,
    values,
    errors,
    preview: preview ? previewOf(values) : null,
    bodyWords: countWords(values.body),
    pendingCover,
  }
}

/** The article as it would read, from the editor's text. */
export function previewOf(values: Pick<EditorValues, 'title' | 'description' | 'body'>) {
  return {
    title: values.title,
    description: values.description,
    html: renderMarkdown(values.body),
    words: countWords(values.body),
  }
}
