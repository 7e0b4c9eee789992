import type { Role } from '#models/user'

/*
|--------------------------------------------------------------------------
| The demo site's material
|--------------------------------------------------------------------------
|
| People, places, topics and phrases that database/demo/plan.ts turns into
| the demo site (faker fills the gaps from a fixed seed).
|
*/

export const PEOPLE: [string, Role][] = [
  ['admin', 'admin'],
  ['moderator', 'moderator'],
  ['alice', 'member'],
  ['bruno', 'member'],
  ['chloe', 'member'],
  ['dmitri', 'member'],
  ['esther', 'member'],
  ['farid', 'member'],
  ['grace', 'member'],
  ['hiro', 'member'],
  ['ines', 'member'],
  ['jonas', 'member'],
]

export const CITIES = [
  'Lisbon',
  'Berlin',
  'Montreal',
  'Osaka',
  'Nairobi',
  'Melbourne',
  'Oslo',
  'Bogotá',
  'Edinburgh',
  'Pune',
]

export const TOPICS = [
  {
    subject: 'PostgreSQL indexes',
    tags: ['postgresql', 'databases', 'performance'],
    lang: 'sql',
    code: 'CREATE INDEX CONCURRENTLY articles_published_idx\n  ON articles (published_at DESC)\n  WHERE published;',
    link: 'https://www.postgresql.org/docs/current/indexes.html',
  },
  {
    subject: 'TypeScript generics',
    tags: ['typescript', 'javascript'],
    lang: 'ts',
    code: 'function first<T>(items: T[]): T | undefined {\n  return items[0]\n}',
    link: 'https://www.typescriptlang.org/docs/handbook/2/generics.html',
  },
  {
    subject: 'server-rendered HTML',
    tags: ['web', 'html', 'architecture'],
    lang: 'html',
    code: '<form method="POST" action="/articles">\n  <button type="submit">Publish</button>\n</form>',
    link: 'https://developer.mozilla.org/en-US/docs/Learn/Forms',
  },
  {
    subject: 'CSS grid layouts',
    tags: ['css', 'web', 'design'],
    lang: 'css',
    code: '.layout {\n  display: grid;\n  grid-template-columns: minmax(0, 1fr) 18rem;\n  gap: 2rem;\n}',
    link: 'https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_grid_layout',
  },
  {
    subject: 'accessibility audits',
    tags: ['accessibility', 'web', 'design'],
    lang: 'html',
    code: '<nav aria-label="Pagination">\n  <a href="?page=2" aria-current="page">2</a>\n</nav>',
    link: 'https://www.w3.org/WAI/standards-guidelines/wcag/',
  },
  {
    subject: 'rate limiting',
    tags: ['security', 'architecture', 'performance'],
    lang: 'ts',
    code: "limiter.allowRequests(5).every('1 minute').blockFor('15 mins')",
    link: 'https://datatracker.ietf.org/doc/html/rfc6585#section-4',
  },
  {
    subject: 'full-text search',
    tags: ['postgresql', 'search', 'databases'],
    lang: 'sql',
    code: "SELECT title, ts_rank(search, q) AS rank\nFROM articles, websearch_to_tsquery('english', 'tea ceremony') q\nWHERE search @@ q\nORDER BY rank DESC;",
    link: 'https://www.postgresql.org/docs/current/textsearch.html',
  },
  {
    subject: 'Node.js streams',
    tags: ['node', 'javascript', 'performance'],
    lang: 'js',
    code: "import { pipeline } from 'node:stream/promises'\nawait pipeline(source, transform, destination)",
    link: 'https://nodejs.org/api/stream.html',
  },
  {
    subject: 'code review',
    tags: ['teams', 'career'],
    lang: 'diff',
    code: '- const total = items.length && items.reduce(sum)\n+ const total = items.reduce(sum, 0)',
    link: 'https://google.github.io/eng-practices/review/',
  },
  {
    subject: 'technical writing',
    tags: ['writing', 'career'],
    lang: 'md',
    code: '## Before you start\n\n1. Say who the page is for.\n2. Say what they can do after reading it.',
    link: 'https://developers.google.com/tech-writing',
  },
  {
    subject: 'remote work',
    tags: ['teams', 'productivity'],
    lang: 'text',
    code: 'Mon  09:30  async stand-up note\nWed  15:00  pairing hour\nFri  16:00  demo + retro',
    link: 'https://basecamp.com/guides/how-we-communicate',
  },
  {
    subject: 'sourdough baking',
    tags: ['cooking', 'hobbies'],
    lang: 'text',
    code: 'flour    500 g\nwater    375 g (75%)\nstarter  100 g\nsalt      10 g',
    link: 'https://en.wikipedia.org/wiki/Sourdough',
  },
  {
    subject: 'trail running',
    tags: ['running', 'health', 'hobbies'],
    lang: 'text',
    code: 'week 1: 3 x 30 min easy\nweek 2: 3 x 35 min, one with hills\nweek 3: long run 75 min',
    link: 'https://en.wikipedia.org/wiki/Trail_running',
  },
  {
    subject: 'home espresso',
    tags: ['coffee', 'hobbies'],
    lang: 'text',
    code: 'dose   18 g\nyield  36 g\ntime   28 s\ntemp   93 °C',
    link: 'https://en.wikipedia.org/wiki/Espresso',
  },
  {
    subject: 'urban gardening',
    tags: ['gardening', 'hobbies', 'sustainability'],
    lang: 'text',
    code: 'balcony: tomatoes, basil, chillies\nwindow:  mint, parsley\nshade:   lettuce, spinach',
    link: 'https://en.wikipedia.org/wiki/Urban_agriculture',
  },
  {
    subject: 'database migrations',
    tags: ['databases', 'architecture', 'postgresql'],
    lang: 'ts',
    code: "this.schema.alterTable('users', (table) => {\n  table.string('location').nullable()\n})",
    link: 'https://www.postgresql.org/docs/current/ddl-alter.html',
  },
]

export const TITLES = [
  (subject: string) => `A practical guide to ${subject}`,
  (subject: string) => `What a year of ${subject} taught me`,
  (subject: string) => `${capitalize(subject)}: the parts nobody tells you about`,
  (subject: string) => `Five mistakes I made with ${subject}`,
]

export const SECTION_HEADINGS = [
  'Why it matters',
  'Where I started',
  'What went wrong',
  'A better approach',
  'What I would do differently',
  'Further reading',
]

export const QUOTES = [
  'Make it work, make it right, make it fast.',
  'Simplicity is prerequisite for reliability.',
  'The best time to write it down was when you learned it. The second best time is now.',
  'Premature optimization is the root of all evil.',
  'Slow is smooth, and smooth is fast.',
]

export const COMMENT_OPENERS = [
  'Great write-up, thank you.',
  'This matches my experience almost exactly.',
  'I disagree with one point, but the rest is spot on.',
  'Bookmarked for the next time I forget this.',
  'Really clear explanation.',
  'We tried this at work last month.',
]

export const SPAM = [
  'Buy cheap followers now!!! Visit my profile for the best deals',
  'Click here to win a free phone, limited offer, act fast',
]

export function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
