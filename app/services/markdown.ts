import MarkdownIt from 'markdown-it'
import { LRUCache } from 'lru-cache'

/**
 * Markdown for everything users write. Raw HTML is off (it prints as text),
 * and every link or image URL must be relative or http(s)/mailto: no
 * javascript:, vbscript:, file: or data: URL survives. The output is therefore
 * safe to print unescaped with {{{ }}}.
 */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto'])

/**
 * Browsers ignore control characters and whitespace inside a scheme
 * ("java\tscript:"), so they are removed before the scheme is read.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)
  if (!scheme) return !compact.includes(':') || /^[/?#.]/.test(compact)
  return SAFE_SCHEMES.has(scheme[1])
}

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false })
markdown.validateLink = isSafeUrl

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))

markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'nofollow ugc noopener')
  return defaultLinkOpen(tokens, idx, options, env, self)
}

/** The page title is the only <h1>: Markdown headings start at <h2>. */
markdown.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  const level = Math.min(Number(tokens[idx].tag.slice(1)) + 1, 6)
  tokens[idx].tag = `h${level}`
  return self.renderToken(tokens, idx, options)
}
markdown.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
  const level = Math.min(Number(tokens[idx].tag.slice(1)) + 1, 6)
  tokens[idx].tag = `h${level}`
  return self.renderToken(tokens, idx, options)
}

export function renderMarkdown(source: string): string {
  return markdown.render(source ?? '')
}

/**
 * Rendered articles, by id and last edit: an article is written once and
 * read many times, so its page (and the Atom feed) render it once per edit
 * in each process. Bounded by the size of the HTML kept.
 */
const renderedArticles = new LRUCache<string, string>({
  maxSize: 20_000_000,
  sizeCalculation: (html) => html.length || 1,
})

export function renderArticleBody(article: { id: number; updatedAt: string; body?: string }) {
  const key = `${article.id}@${article.updatedAt}`
  let html = renderedArticles.get(key)
  if (html === undefined) {
    html = renderMarkdown(article.body ?? '')
    renderedArticles.set(key, html)
  }
  return html
}
