import vine, { errors } from '@vinejs/vine'
import { DateTime } from 'luxon'
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

const coverFields = {
  // An optional cover image (the form is multipart), or a request to drop the current one.
  cover: imageFile().optional(),
  remove_cover: vine.boolean().optional(),
  // The cover chosen in an earlier round of this form (a preview, or errors to correct).
  cover_upload: vine.string().trim().maxLength(500).optional(),
}

const articleForm = {
  title: title(),
  description: description(),
  body: body(),
  tags: commaSeparatedTags().optional(),
  published: vine.boolean().optional(),
  ...coverFields,
  // Scheduling: a local date and time ("2026-12-01T09:30") in the writer's time zone.
  publish_at: vine.string().trim().maxLength(40).optional(),
  time_zone: vine.string().trim().maxLength(64).optional(),
  schedule: vine.enum(['set', 'cancel'] as const).optional(),
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
  cover: imageFile().optional(),
  cover_upload: vine.string().trim().maxLength(500).optional(),
})

/** The editor's cover fields alone: what a form sent back keeps of them (#controllers/concerns/editor_cover). */
export const editorCoverValidator = vine.create(coverFields)

/** The editor's Preview tab (JavaScript): the body alone, rendered. */
export const renderArticleBodyValidator = vine.create({
  body: vine.string().maxLength(100_000).optional(),
})

/**
 * A publication time for scheduling, from the editor (local time plus the
 * browser's IANA zone, UTC when unknown) or the API (ISO 8601 with an
 * offset). It must be a real time in the future; otherwise a validation
 * error on `field`.
 */
export function parsePublishAt(value: string | undefined, field: string, zone = 'UTC') {
  const validZone = DateTime.now().setZone(zone).isValid ? zone : 'UTC'
  const time = value ? DateTime.fromISO(value, { zone: validZone }) : null
  if (!time?.isValid) {
    throw new errors.E_VALIDATION_ERROR([
      { field, rule: 'publishAt', message: 'Enter a date and time to publish at.' },
    ])
  }
  if (time <= DateTime.now()) {
    throw new errors.E_VALIDATION_ERROR([
      { field, rule: 'publishAt', message: 'Choose a time in the future.' },
    ])
  }
  return time.toUTC()
}
