import type { AutocannonRequest } from './autocannon.js'

/** The routes under test, and the data picked to drive them. */

export interface Sample {
  slug: string
  tag: string
  word: string
  /** Articles the search word matches (about 1%). */
  wordMatches: number
  /** A word matching many articles (up to 5%), and how many. */
  broadWord: string
  broadWordMatches: number
  deepOffset: number
  tokens: string[]
}

export interface Scenario {
  name: string
  path: (sample: Sample) => string
  method?: 'POST'
  /** Headers (credentials) and a body for every request, made fresh each time. */
  prepare?: (sample: Sample) => AutocannonRequest['setupRequest']
}

export const SCENARIOS: Scenario[] = [
  // Each HTML page next to its API twin: the same data as JSON (HTML_TWINS).
  { name: 'GET / (home, page 1)', path: () => '/' },
  // The home page lists 10 articles (ARTICLES_PER_PAGE).
  { name: 'GET /api/v1/articles?limit=10', path: () => '/api/v1/articles?limit=10' },
  // The home page also shows the popular tags.
  { name: 'GET /api/v1/tags', path: () => '/api/v1/tags' },
  { name: 'GET /articles/:slug', path: (s) => `/articles/${s.slug}` },
  { name: 'GET /api/v1/articles/:slug', path: (s) => `/api/v1/articles/${s.slug}` },
  // The article page also shows its comments.
  {
    name: 'GET /api/v1/articles/:slug/comments',
    path: (s) => `/api/v1/articles/${s.slug}/comments`,
  },
  { name: 'GET /search?q=', path: (s) => `/search?q=${encodeURIComponent(s.word)}` },
  { name: 'GET /api/v1/articles?limit=20', path: () => '/api/v1/articles?limit=20' },
  {
    // RealWorld front ends send the reader's token with every request.
    name: 'GET /api/v1/articles signed in',
    path: () => '/api/v1/articles?limit=20',
    prepare: (sample) => {
      let sent = 0
      return (request) => ({
        ...request,
        headers: { authorization: `Token ${sample.tokens[sent++ % sample.tokens.length]}` },
      })
    },
  },
  { name: 'GET /api/v1/articles?limit=100', path: () => '/api/v1/articles?limit=100' },
  {
    name: 'GET /api/v1/articles deep page',
    path: (s) => `/api/v1/articles?limit=20&offset=${s.deepOffset}`,
  },
  {
    name: 'GET /api/v1/articles?tag=',
    path: (s) => `/api/v1/articles?limit=20&tag=${encodeURIComponent(s.tag)}`,
  },
  {
    name: 'GET /api/v1/articles?q=',
    path: (s) => `/api/v1/articles?limit=20&q=${encodeURIComponent(s.word)}`,
  },
  {
    name: 'GET /api/v1/articles?q= broad',
    path: (s) => `/api/v1/articles?limit=20&q=${encodeURIComponent(s.broadWord)}`,
  },
  {
    name: 'POST /api/v1/articles/:slug/comments',
    method: 'POST',
    path: (s) => `/api/v1/articles/${s.slug}/comments`,
    // The API allows 60 writes a minute per token: rotate through many accounts.
    prepare: (sample) => {
      let sent = 0
      return (request) => {
        sent++
        return {
          ...request,
          headers: {
            'content-type': 'application/json',
            'authorization': `Token ${sample.tokens[sent % sample.tokens.length]}`,
          },
          body: JSON.stringify({ comment: { body: `Benchmark comment number ${sent}.` } }),
        }
      }
    },
  },
]

/**
 * HTML pages and their API twins: the API requests a client makes to show
 * the same page (the twin's p50 is the sum of theirs). Goal: a page's p50 is
 * at most 1.5× its twin's.
 */
export const HTML_TWINS = [
  { page: 'GET / (home, page 1)', api: ['GET /api/v1/articles?limit=10', 'GET /api/v1/tags'] },
  {
    page: 'GET /articles/:slug',
    api: ['GET /api/v1/articles/:slug', 'GET /api/v1/articles/:slug/comments'],
  },
]
