import { createRequire } from 'node:module'

/** autocannon, typed here: no type definitions ship with it. */

export interface AutocannonRequest {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest
}
export interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; average: number }
  errors: number
  timeouts: number
  non2xx: number
  statusCodeStats: Record<string, { count: number }>
}
export type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  requests: AutocannonRequest[]
}) => Promise<AutocannonResult>
export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon
