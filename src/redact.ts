/**
 * Secret redaction applied to every text the tool emits (reports, logs, errors, annotations).
 *
 * Two layers:
 * 1. Values registered at runtime (`registerSecret`): every occurrence, in raw, percent-encoded and
 *    percent-decoded form, is replaced by `REDACTED`.
 * 2. Patterns that look like secrets whether registered or not: SAS `sig=` values, `SharedAccessSignature`
 *    strings, `AccountKey=` in connection strings, `SharedKey` authorization headers, bearer tokens and
 *    GitHub tokens.
 */

export const REDACTED = 'REDACTED'

/** Values shorter than this are not registered: replacing them everywhere would shred ordinary text. */
const MIN_SECRET_LENGTH = 6

const secrets = new Set<string>()
let ordered: string[] = []
const listeners: Array<(value: string) => void> = []

function variants(value: string): string[] {
  const out = new Set<string>([value])
  try {
    out.add(encodeURIComponent(value))
  } catch {
    // lone surrogates: keep the raw form only
  }
  try {
    out.add(decodeURIComponent(value))
  } catch {
    // not percent-encoded
  }
  // The way a value appears inside a JSON string.
  out.add(JSON.stringify(value).slice(1, -1))
  return [...out].filter(v => v.length >= MIN_SECRET_LENGTH)
}

/**
 * Remember a secret seen at runtime (a SAS signature, a token) so `redact` removes it from any text.
 * Listeners added with `onSecretRegistered` (e.g. the Action's `core.setSecret`) are told about it.
 */
export function registerSecret(value: string | undefined | null): void {
  if (typeof value !== 'string') return
  const trimmed = value.trim()
  if (trimmed.length < MIN_SECRET_LENGTH || secrets.has(trimmed)) return
  secrets.add(trimmed)
  for (const v of variants(trimmed)) secrets.add(v)
  ordered = [...secrets].sort((a, b) => b.length - a.length)
  for (const listener of listeners) listener(trimmed)
}

/**
 * The name `sig` the way the SAS parser (src/facts/sas.ts) reads a parameter name: percent-decoded and in
 * any case, so `sig`, `SIG`, `%73ig`, `%53%49%47` are all the signature.
 */
const SIG_NAME = '(?:s|%73|%53)(?:i|%69|%49)(?:g|%67|%47)'

/** Register every SAS `sig=` value found in `text` (a URL, a pasted line), raw and percent-decoded. */
export function registerSignatures(text: string): void {
  for (const m of text.matchAll(new RegExp(`(?:^|[?&\\s;])${SIG_NAME}=([^&\\s"'#;]+)`, 'gi'))) {
    const v = m[1] ?? ''
    registerSecret(v)
    try {
      registerSecret(decodeURIComponent(v))
    } catch {
      // not percent-encoded
    }
  }
}

/** Call `listener` for every secret registered so far and every one registered later. */
export function onSecretRegistered(listener: (value: string) => void): void {
  listeners.push(listener)
  for (const s of secrets) listener(s)
}

/** The registered secrets (for tests and for handing to a log masker). */
export function registeredSecrets(): string[] {
  return [...secrets]
}

/** Forget all registered secrets and listeners (tests only). */
export function clearSecrets(): void {
  secrets.clear()
  ordered = []
  listeners.length = 0
}

// Characters a SAS/token value is made of, percent-escapes included; stops at &, whitespace, quotes, <, >, #.
const VALUE = `(?:%[0-9A-Fa-f]{2}|[^&\\s"'<>#;,)\\]}])+`

const PATTERNS: Array<[RegExp, string]> = [
  // ?sig=…, &sig=…, sig=… (also `&amp;sig=` in HTML/XML)
  [new RegExp(`((?<![A-Za-z_])${SIG_NAME}=)(?!${REDACTED}\\b)${VALUE}`, 'gi'), `$1${REDACTED}`],
  // percent-encoded query inside another URL: sig%3D…  (stop at an encoded &)
  [
    new RegExp(
      `((?<![A-Za-z_])(?:${SIG_NAME}|(?:s|%2573|%2553)(?:i|%2569|%2549)(?:g|%2567|%2547))%3D)(?!REDACTED\\b)(?:(?!%26)(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+/=-]))+`,
      'gi'
    ),
    `$1${REDACTED}`
  ],
  // JSON: "sig": "…"
  [/("sig"\s*:\s*")(?!REDACTED")(?:[^"\\]|\\.)*(")/gi, `$1${REDACTED}$2`],
  // connection strings
  [/(\bSharedAccessSignature=)(?!REDACTED\b)[^;\s"']+/gi, `$1${REDACTED}`],
  [/(\bAccountKey=)(?!REDACTED\b)[^;\s"']+/gi, `$1${REDACTED}`],
  // Authorization headers
  [/(\bSharedAccessSignature\s+)(?!REDACTED\b)[^\s"']+/gi, `$1${REDACTED}`],
  [/(\bSharedKey(?:Lite)?\s+[^\s:"']+:)(?!REDACTED\b)[A-Za-z0-9+/=]+/gi, `$1${REDACTED}`],
  [/(\bBearer\s+)(?!REDACTED\b)[A-Za-z0-9\-._~+/]{8,}=*/gi, `$1${REDACTED}`],
  // GitHub tokens
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, REDACTED]
]

/** Replace every secret in `text` by `REDACTED`. Idempotent. */
export function redact(text: string): string {
  let out = text
  for (const s of ordered) {
    if (out.includes(s)) out = out.split(s).join(REDACTED)
  }
  for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement)
  return out
}

/** `redact` applied to every string inside a JSON-like value (keys included); returns a copy. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v)) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    // defineProperty, not assignment: a key "__proto__" stays a key and never becomes the prototype.
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      Object.defineProperty(out, redact(k), {
        value: redactDeep(v),
        enumerable: true,
        writable: true,
        configurable: true
      })
    return out as T
  }
  return value
}

/** A one-line, redacted description of an unknown thrown value (never a stack trace). */
export function redactError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err)
  return redact(msg.split('\n')[0] ?? '')
}
