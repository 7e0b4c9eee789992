/**
 * A request exactly as a browser sends it, with only the cookies given: a
 * guest render when there are none. (Japa's session plugin adds a session
 * cookie to every `client` request, which makes every visitor a returning one.)
 */
export function visit(path: string, headers: Record<string, string> = {}) {
  return fetch(`http://${process.env.HOST}:${process.env.PORT}${path}`, {
    headers,
    redirect: 'manual',
  })
}
