import vine from '@vinejs/vine'
import Tag from '#models/tag'
import { multiLineText, singleLineText } from '#validators/text'

/*
|--------------------------------------------------------------------------
| Web forms (the editor)
|--------------------------------------------------------------------------
|
| Tags arrive as one comma-separated field and leave as a normalized list:
| trimmed, lower-cased, de-duplicated and sorted. `published` comes from the
| submit button pressed ("Publish" = true, "Save as draft" = false).
|
*/

const title = () => singleLineText({ max: 255 })
const description = () => singleLineText({ max: 1000 })
const body = () => multiLineText({ max: 100_000 })
const commaSeparatedTags = () =>
  vine
    .string()
    .maxLength(1000)
    .transform((value) => Tag.normalizeNames(value.split(',')))

const articleForm = {
  title: title(),
  description: description(),
  body: body(),
  tags: commaSeparatedTags().optional(),
  published: vine.boolean().optional(),
}

export const createArticleValidator = vine.create(articleForm)

export const updateArticleValidator = vine.create(articleForm)

/**
 * The Preview button: the form as typed, whatever is missing (a preview of
 * a half-written draft is the point); only the sizes the editor allows.
 */
export const previewArticleValidator = vine.create({
  title: vine.string().maxLength(255).optional(),
  description: vine.string().maxLength(1000).optional(),
  body: vine.string().maxLength(100_000).optional(),
  tags: vine.string().maxLength(1000).optional(),
})

/** The editor's Preview tab (JavaScript): the body alone, rendered. */
export const renderArticleBodyValidator = vine.create({
  body: vine.string().maxLength(100_000).optional(),
})
