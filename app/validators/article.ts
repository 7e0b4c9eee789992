import vine from '@vinejs/vine'
import Tag from '#models/tag'
import { imageFile } from '#validators/upload'
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
  // An optional cover image (the form is multipart), or a request to drop the current one.
  cover: imageFile().optional(),
  remove_cover: vine.boolean().optional(),
}

export const createArticleValidator = vine.create(articleForm)

export const updateArticleValidator = vine.create(articleForm)
