import { urlFor } from '@adonisjs/core/services/url_builder'
import type { ArticleRow } from '#queries/shapes'
import { absoluteUrl } from '#services/images'
import { escapeXml } from '#services/xml'
import { renderArticleBody } from '#services/markdown'

/**
 * The Atom 1.0 document for a list of published article rows, bodies
 * included. Every link is absolute (on APP_URL). Entries carry the
 * whole article, rendered as on its page (so feed readers show it in full),
 * with `xml:base` resolving the article's relative links against the site.
 */
export function atomFeed(articles: ArticleRow[]): string {
  const home = absoluteUrl(urlFor('main.home'))
  const host = new URL(home).hostname
  const latest = articles[0]
  const updated = latest ? lastChange(latest) : new Date(0).toISOString()

  const entries = articles.map((article) => {
    const link = absoluteUrl(urlFor('articles.show', { slug: article.slug }))
    const authorLink = absoluteUrl(urlFor('profiles.show', { username: article.author.username }))
    const published = article.publishedAt ?? article.createdAt
    const categories = article.tagList
      .map((tag) => `    <category term="${escapeXml(tag)}"/>`)
      .join('\n')
    return [
      '  <entry>',
      // The id must survive a retitle (which changes the slug), so it names the row, not the URL.
      `    <id>tag:${escapeXml(host)},2025:articles/${article.id}</id>`,
      `    <title type="text">${escapeXml(article.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <published>${published}</published>`,
      `    <updated>${lastChange(article)}</updated>`,
      '    <author>',
      `      <name>${escapeXml(article.author.username)}</name>`,
      `      <uri>${escapeXml(authorLink)}</uri>`,
      '    </author>',
      `    <summary type="text">${escapeXml(article.description)}</summary>`,
      `    <content type="html" xml:base="${escapeXml(home)}">${escapeXml(renderArticleBody(article))}</content>`,
      ...(categories ? [categories] : []),
      '  </entry>',
    ].join('\n')
  })

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(home)}</id>`,
    '  <title>Folio</title>',
    '  <subtitle>The latest articles published on Folio.</subtitle>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(urlFor('main.atom')))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

/** The latest of its dates (all ISO 8601 in UTC, as the rows carry them). */
function lastChange(article: ArticleRow): string {
  const candidates = [article.updatedAt, article.publishedAt, article.createdAt].filter(
    (date) => date !== null
  )
  return candidates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))
}
