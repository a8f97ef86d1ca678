/**
 * Network failures named for what they are: "connection refused (ECONNREFUSED)", "host not found
 * (ENOTFOUND)", "timed out", never an HTTP status the server did not send (Octokit reports a failed fetch
 * as a RequestError with status 500 and no response).
 */
import { inert } from './text.js'

const MEANING: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out connecting',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for the response',
  UND_ERR_SOCKET: 'connection closed',
  EPIPE: 'connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate not trusted (self-signed)',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted (self-signed in chain)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host'
}

interface Errorish {
  name?: string
  code?: unknown
  message?: string
  cause?: unknown
  errors?: unknown[]
}

/** The system or undici error code of a network failure, looking through causes and aggregate errors. */
export function networkErrorCode(e: unknown, depth = 0): string | undefined {
  if (!e || typeof e !== 'object' || depth > 5) return undefined
  const err = e as Errorish
  if (typeof err.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(err.code) && err.code !== 'ABORT_ERR')
    return err.code
  if (err.name === 'TimeoutError') return 'ETIMEDOUT'
  return (
    networkErrorCode(err.cause, depth + 1) ??
    (Array.isArray(err.errors)
      ? err.errors.map(x => networkErrorCode(x, depth + 1)).find(Boolean)
      : undefined)
  )
}

/**
 * Whether an error is a failure to talk to the server at all (no HTTP response): a network error, not an
 * answer. Octokit's RequestError for a failed fetch has no `response`.
 */
export function isNetworkError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false
  const err = e as Errorish & { response?: unknown }
  if (err.response !== undefined) return false
  return (
    networkErrorCode(e) !== undefined ||
    err.name === 'TimeoutError' ||
    /fetch failed/i.test(err.message ?? '')
  )
}

/** "connection refused (ECONNREFUSED)", "timed out", or "network error" when nothing more is known. */
export function networkErrorText(e: unknown): string {
  const code = networkErrorCode(e)
  if (!code) return 'network error'
  const meaning = MEANING[code]
  if (code === 'ETIMEDOUT') return 'timed out'
  return meaning ? `${meaning} (${code})` : `network error (${inert(code, 40)})`
}
