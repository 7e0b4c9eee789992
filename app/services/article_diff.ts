import { diffLines, diffWordsWithSpace, type Change } from 'diff'
import string from '@adonisjs/core/helpers/string'

/** The parts of an article a revision keeps. */
export interface ArticleText {
  title: string
  description: string
  body: string
  tags: string[]
}

/** A run of text: in both versions, only in the revision, or only in the current text. */
export interface DiffPart {
  value: string
  change: 'same' | 'removed' | 'added'
}

export interface ArticleDiff {
  title: DiffPart[]
  description: DiffPart[]
  body: DiffPart[]
  tags: { removed: string[]; added: string[]; kept: string[] }
  /** Whether anything differs at all. */
  changed: boolean
}

/**
 * Give up on a finer diff past this long (jsdiff's `timeout`, in ms): a
 * rewrite of a 100 kB body then shows as the old text removed and the new
 * one added, instead of holding the request.
 */
const DIFF_TIMEOUT_MS = 500

/**
 * What changed from a revision to the current text (jsdiff): words for the
 * title and description, lines for the Markdown body, and tag names.
 * `diffHtml` prints the parts for a template.
 */
export function diffArticleText(revision: ArticleText, current: ArticleText): ArticleDiff {
  const title = parts(diffWordsWithSpace(revision.title, current.title))
  const description = parts(diffWordsWithSpace(revision.description, current.description))
  // Every line ends with a newline, the last one too, so that a changed last
  // line shows as a line removed above a line added.
  const [before, after] = [revision.body, current.body].map((body) =>
    body.endsWith('\n') ? body : `${body}\n`
  )
  const body = parts(diffLines(before, after, { timeout: DIFF_TIMEOUT_MS }), before, after)
  const tagsBefore = new Set(revision.tags)
  const tagsAfter = new Set(current.tags)
  const tags = {
    removed: revision.tags.filter((tag) => !tagsAfter.has(tag)),
    added: current.tags.filter((tag) => !tagsBefore.has(tag)),
    kept: current.tags.filter((tag) => tagsBefore.has(tag)),
  }
  const changed =
    [title, description, body].some((list) => list.some((part) => part.change !== 'same')) ||
    tags.removed.length > 0 ||
    tags.added.length > 0
  return { title, description, body, tags, changed }
}

function parts(changes: Change[] | undefined, before = '', after = ''): DiffPart[] {
  if (!changes) {
    // Timed out: the whole text replaced.
    return [
      { value: before, change: 'removed' },
      { value: after, change: 'added' },
    ]
  }
  return changes.map((change) => ({
    value: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }))
}

/**
 * Parts as HTML: every value escaped, removed runs in <del>, added runs in
 * <ins>; safe to print raw ({{{ }}}), whitespace kept for a <pre>.
 */
export function diffHtml(list: DiffPart[]): string {
  return list
    .map((part) => {
      const text = string.escapeHTML(part.value)
      if (part.change === 'removed') return `<del>${text}</del>`
      if (part.change === 'added') return `<ins>${text}</ins>`
      return text
    })
    .join('')
}
