/**
 * Word counts and reading times. A word is a run of non-space characters
 * holding a letter or digit, so Markdown markers ("##", "-", "**") are not
 * words: the same rule as the articles.word_count column that cards and
 * pages read (migration add_article_word_counts). Letters are the ranges
 * both JavaScript and PostgreSQL read alike whatever the locale: ASCII,
 * then U+00C0 to U+1FFF (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic…)
 * and U+2C00 to U+D7FF (CJK, Hangul…), leaving out punctuation, symbols
 * and emoji.
 */
const WORD = /\S*[0-9A-Za-z\u00C0-\u1FFF\u2C00-\uD7FF]\S*/gu

/** An unhurried adult reading pace for non-fiction prose on a screen. */
export const WORDS_PER_MINUTE = 230

export function countWords(text: string | null | undefined): number {
  return text ? (text.match(WORD)?.length ?? 0) : 0
}

/** Whole minutes, at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words > 0 ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : 0
}

/** "1,234 words" */
export function wordCountLabel(words: number): string {
  return `${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'}`
}

/** "4 min read" */
export function readingTimeLabel(words: number): string {
  return `${Math.max(1, readingMinutes(words))} min read`
}
