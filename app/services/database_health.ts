/** Error codes that mean "the database cannot be reached", not "the query is wrong". */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000', // connection_exception
  '08001', // unable to connect
  '08003', // connection does not exist
  '08006', // connection failure
  '57014', // query_canceled: statement_timeout on a slow server
])

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { code, message, name } = error as { code?: string; message?: string; name?: string }
  if (code && CONNECTION_ERROR_CODES.has(code)) return true
  if (name === 'KnexTimeoutError') return true
  return (
    typeof message === 'string' &&
    /Connection terminated|Client was closed|Timeout acquiring a connection|connect ECONNREFUSED|Query read timeout|timeout exceeded when trying to connect/.test(
      message
    )
  )
}
