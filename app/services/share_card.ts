import sharp from 'sharp'
import { LRUCache } from 'lru-cache'
import { escapeXml } from '#services/xml'

/** Open Graph's recommended size for a large link preview. */
export const SHARE_CARD_WIDTH = 1200
export const SHARE_CARD_HEIGHT = 630

const LINE_LENGTH = 26
const MAX_LINES = 4

/**
 * The picture a shared link shows for an article without a cover image: its
 * title, author and the site's name on the brand colour, drawn as SVG and
 * turned into a PNG by sharp (social networks do not take SVG). No external
 * font is needed: the text uses the generic sans-serif family.
 */
export async function renderShareCard(card: {
  title: string
  author: string
  siteName: string
}): Promise<Buffer> {
  const lines = wrap(card.title)
  const fontSize = lines.length > 3 ? 58 : 68
  const text = lines
    .map(
      (line, index) =>
        `<tspan x="80" y="${190 + index * Math.round(fontSize * 1.2)}">${escapeXml(line)}</tspan>`
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}">
  <rect width="100%" height="100%" fill="#0f6b63"/>
  <rect x="0" y="${SHARE_CARD_HEIGHT - 16}" width="100%" height="16" fill="#5fd4c4"/>
  <text font-family="sans-serif" font-weight="700" font-size="${fontSize}" fill="#ffffff">${text}</text>
  <text x="80" y="540" font-family="sans-serif" font-size="34" fill="#e3f4f1">${escapeXml(card.author)}</text>
  <text x="${SHARE_CARD_WIDTH - 80}" y="540" text-anchor="end" font-family="sans-serif" font-weight="700" font-size="40" fill="#ffffff">${escapeXml(card.siteName)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/** Words into lines of about LINE_LENGTH characters (long words cut), at most MAX_LINES. */
function wrap(title: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of title.trim().split(/\s+/)) {
    for (let rest = word; rest.length > 0; rest = rest.slice(LINE_LENGTH)) {
      const piece = rest.slice(0, LINE_LENGTH)
      if (line && line.length + 1 + piece.length > LINE_LENGTH) {
        lines.push(line)
        line = piece
      } else {
        line = line ? `${line} ${piece}` : piece
      }
    }
  }
  if (line) lines.push(line)
  if (lines.length > MAX_LINES) {
    lines.length = MAX_LINES
    lines[MAX_LINES - 1] = `${lines[MAX_LINES - 1].slice(0, LINE_LENGTH - 1)}…`
  }
  return lines
}

/**
 * Cards by article id and last edit: drawn once per edit in each process.
 * A card is about 30 kB; a few hundred stay in memory.
 */
const cards = new LRUCache<string, Buffer>({
  maxSize: 16_000_000,
  sizeCalculation: (png) => png.length,
})

export async function shareCardFor(article: {
  id: number
  updatedAt: string
  title: string
  author: { username: string }
}) {
  const key = `${article.id}@${article.updatedAt}`
  let png = cards.get(key)
  if (!png) {
    png = await renderShareCard({
      title: article.title,
      author: article.author.username,
      siteName: 'Folio',
    })
    cards.set(key, png)
  }
  return png
}
