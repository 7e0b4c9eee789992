import { urlFor } from '@adonisjs/core/services/url_builder'
import { absoluteUrl } from '#services/images'
import type { ArticleRow, ProfileRow } from '#queries/shapes'
import { SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH } from '#services/share_card'

/**
 * What a page tells search engines and link previews (components/layout.edge
 * prints it): its canonical address, Open Graph and Twitter card tags, and
 * JSON-LD. Every URL is absolute, on APP_URL.
 */
export interface PageMetadata {
  canonical: string
  /** <meta property="og:…"> pairs. */
  openGraph: [property: string, content: string][]
  /** <meta name="twitter:…"> pairs. */
  twitter: [name: string, content: string][]
  /** JSON-LD, already serialized for a <script type="application/ld+json"> (see jsonLd). */
  jsonLd: string | null
}

const SITE_NAME = 'Folio'

/**
 * JSON for a <script> element: `<`, `>` and `&` are escaped (as \u003c…),
 * so no text from a writer can close the element; JSON parsers read them
 * back as the same characters.
 */
export function jsonLd(data: object): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

function profilePath(username: string) {
  return urlFor('profiles.show', { username })
}

function personLd(author: Pick<ProfileRow, 'username' | 'bio' | 'image'>) {
  return {
    '@type': 'Person',
    'name': author.username,
    'url': absoluteUrl(profilePath(author.username)),
    ...(author.bio ? { description: author.bio } : {}),
    ...(author.image ? { image: absoluteUrl(author.image) } : {}),
  }
}

/** The Open Graph pairs every page has, before its own. */
function openGraph(
  type: string,
  url: string,
  title: string,
  description: string
): PageMetadata['openGraph'] {
  return [
    ['og:type', type],
    ['og:site_name', SITE_NAME],
    ['og:title', title],
    ['og:description', description],
    ['og:url', url],
  ]
}

/** The Twitter card pairs every page has, before its own. */
function twitter(
  card: 'summary' | 'summary_large_image',
  title: string,
  description: string
): PageMetadata['twitter'] {
  return [
    ['twitter:card', card],
    ['twitter:title', title],
    ['twitter:description', description],
  ]
}

/** A page of the site that lists things (home, a tag): title, description, address. */
export function listingMetadata(path: string, title: string, description: string): PageMetadata {
  const url = absoluteUrl(path)
  return {
    canonical: url,
    openGraph: openGraph('website', url, title, description),
    twitter: twitter('summary', title, description),
    jsonLd: null,
  }
}

/**
 * An article page: Open Graph `article` (author, published and modified
 * times, tags), a large Twitter card and JSON-LD `Article`. `cover` is the
 * article's own picture (a path or URL) when it has one; otherwise a shared
 * link shows the card drawn from its title (/articles/:slug/card.png).
 */
export function articleMetadata(article: ArticleRow, cover?: string | null): PageMetadata {
  const url = absoluteUrl(urlFor('articles.show', { slug: article.slug }))
  const image = absoluteUrl(cover || urlFor('articles.card', { slug: article.slug }))
  const imageSize: [string, string][] = cover
    ? []
    : [
        ['og:image:width', String(SHARE_CARD_WIDTH)],
        ['og:image:height', String(SHARE_CARD_HEIGHT)],
      ]
  const authorUrl = absoluteUrl(profilePath(article.author.username))
  const published = article.publishedAt ?? article.createdAt
  return {
    canonical: url,
    openGraph: [
      ...openGraph('article', url, article.title, article.description),
      ['og:image', image],
      ...imageSize,
      ['og:image:alt', article.title],
      ['article:author', authorUrl],
      ['article:published_time', published],
      ['article:modified_time', article.updatedAt],
      ...article.tagList.map((tag): [string, string] => ['article:tag', tag]),
    ],
    twitter: [
      ...twitter('summary_large_image', article.title, article.description),
      ['twitter:image', image],
      ['twitter:image:alt', article.title],
    ],
    jsonLd: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Article',
      'headline': article.title,
      'description': article.description,
      'url': url,
      'mainEntityOfPage': url,
      'datePublished': published,
      'dateModified': article.updatedAt,
      'wordCount': article.wordCount,
      'image': image,
      ...(article.tagList.length ? { keywords: article.tagList.join(', ') } : {}),
      'author': personLd(article.author),
      'publisher': {
        '@type': 'Organization',
        'name': SITE_NAME,
        'url': absoluteUrl(urlFor('main.home')),
      },
    }),
  }
}

/** A profile page: Open Graph `profile` and JSON-LD `Person`. */
export function profileMetadata(profile: ProfileRow, path: string) {
  const url = absoluteUrl(path)
  const description = profile.bio || `Articles by ${profile.username} on ${SITE_NAME}.`
  return {
    canonical: url,
    openGraph: [
      ...openGraph('profile', url, profile.username, description),
      ['profile:username', profile.username],
      ...(profile.image ? ([['og:image', absoluteUrl(profile.image)]] as [string, string][]) : []),
    ],
    twitter: twitter('summary', profile.username, description),
    jsonLd: jsonLd({ '@context': 'https://schema.org', ...personLd(profile) }),
  } satisfies PageMetadata
}
