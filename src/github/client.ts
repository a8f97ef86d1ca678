/**
 * The Octokit client: `@actions/github`'s `getOctokit` with retry (5xx, with back-off) and throttling
 * (429 and rate limits, honouring `retry-after` and `x-ratelimit-reset`). Base URL from `GITHUB_API_URL`.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  /** API base URL; default `GITHUB_API_URL`, else GitHub.com's. */
  baseUrl?: string
  /** Retries after the first try, for 5xx and for rate limits (default 3). */
  retries?: number
  /** Milliseconds per back-off unit (default 1000: 1 s, 4 s, 9 s for 5xx; `retry-after` seconds for 429). */
  retryAfterBaseMs?: number
  /** Longest `retry-after`/rate-limit wait we accept, in seconds (default 60); longer ones give up at once. */
  maxWaitSeconds?: number
  /** Where Octokit's own warnings go (default: nowhere; the caller reports failures itself). */
  log?: (line: string) => void
}

type LimitOptions = { method?: string; url?: string }

export function createClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3
  const base = options.retryAfterBaseMs ?? 1000
  const maxWait = options.maxWaitSeconds ?? 60
  const log = options.log ?? (() => {})
  const onLimit =
    (kind: string) =>
    (retryAfter: number, req: LimitOptions, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < retries && retryAfter <= maxWait
      log(
        `${kind} on ${req.method ?? ''} ${req.url ?? ''}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`
      )
      return again
    }
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(
    /\/+$/,
    ''
  )
  return getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: 'vm-image-policy',
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
      retry: { retries, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  )
}
