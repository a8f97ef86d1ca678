/**
 * SAS URI parsing: what each publisher-supplied SAS URI grants (permissions, validity window, resource,
 * blob name, scheme). Whether it really reads a fixed VHD is checked by the disks source (disks.ts).
 *
 * The signature never leaves this module unredacted: it is registered with `registerSecret` as soon as it
 * is seen, and the stored `uri` has `sig=REDACTED`.
 */
import { redact, registerSecret, registerSignatures } from '../redact.js'

export interface SasLive {
  checked: boolean
  /** The blob answered HEAD with 2xx. Absent when no HTTP answer came at all (network error, timeout). */
  readable?: boolean
  status?: number
  blob_type?: string
  /** Footer is a valid fixed VHD (cookie, type, checksum). Absent when the footer could not be read. */
  footer_fixed?: boolean
  error?: string
}

/** `definitions.sas` in schemas/facts.schema.json. */
export interface SasFacts {
  disk: string
  uri?: string
  scheme?: string
  host?: string
  /** Storage account (from the host name, or the first path segment for path-style/emulator URLs). */
  account?: string
  container?: string
  /** Blob name, percent-decoded (what the blob is really called). */
  blob_name?: string
  /** Blob name as written in the URI (percent-encoded form). */
  blob_name_raw?: string
  sv?: string
  sp?: string
  sr?: string
  spr?: string
  /** Stored access policy identifier (its permissions/expiry live on the container, not in the URI). */
  si?: string
  st_unix?: number
  se_unix?: number
  /** se − st in seconds (st missing: se − now, when `now` was given). */
  validity_seconds?: number
  /** Whole business days (Mon–Fri, UTC) in the window: days d of [start, start + n·24 h) that are weekdays. */
  validity_business_days?: number
  /** true when `st` was absent and the window was measured from `now`. */
  validity_from_now?: boolean
  has_signature?: boolean
  parse_error?: string
  live?: SasLive
}

const DAY = 86_400

/**
 * Whole business days between two epoch-second instants: the number of 24-hour days in
 * [start, start + n·24h), n = floor((end − start) / 24h), whose first instant falls on Mon–Fri (UTC).
 */
export function businessDays(startUnix: number, endUnix: number): number {
  if (endUnix <= startUnix) return 0
  const n = Math.floor((endUnix - startUnix) / DAY)
  const weeks = Math.floor(n / 7)
  let count = weeks * 5
  // 1970-01-01 was a Thursday (4).
  const firstDow = (((Math.floor(startUnix / DAY) + 4) % 7) + 7) % 7
  for (let d = 0; d < n % 7; d++) {
    const dow = (firstDow + d) % 7
    if (dow !== 0 && dow !== 6) count++
  }
  return count
}

const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** ISO 8601 SAS time (`2024-05-01`, `2024-05-01T10:00Z`, `…:00.0000000Z`, offsets) → epoch seconds. */
export function parseSasTime(value: string): number | undefined {
  const m = TIME_RE.exec(value.trim())
  if (!m) return undefined
  const [, y, mo, d, h = '00', mi = '00', s = '00', , zone] = m
  let z = zone ?? 'Z'
  if (/^[+-]\d{4}$/.test(z)) z = `${z.slice(0, 3)}:${z.slice(3)}`
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${z}`)
  if (Number.isNaN(ms)) return undefined
  // Date.parse rolls 2024-02-31 over; reject dates that do not round-trip.
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return undefined
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined
  return Math.floor(ms / 1000)
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

function isIpOrLocal(hostname: string): boolean {
  return hostname === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[')
}

const PARAMS = ['sv', 'sp', 'sr', 'spr', 'si'] as const

/**
 * Parse one SAS URI for disk `disk` ("os" or "lunN"). `now` (epoch seconds) is used only to measure the
 * validity window when the URI has no `st`. Never throws: problems go to `parse_error`.
 */
export function parseSasUri(disk: string, uri: string, now?: number): SasFacts {
  const raw = uri.trim()
  registerSignatures(raw)
  const facts: SasFacts = { disk, uri: redact(raw) }
  const errors: string[] = []
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    facts.parse_error = 'not a valid URL'
    return facts
  }
  facts.scheme = url.protocol.replace(/:$/, '').toLowerCase()
  if (facts.scheme !== 'http' && facts.scheme !== 'https')
    errors.push(`scheme "${facts.scheme}" is not http or https`)
  facts.host = url.host.toLowerCase()

  // Query: decoded by hand (URLSearchParams would turn a raw "+" in a signature into a space).
  const params = new Map<string, string>()
  const query = url.search.replace(/^\?/, '')
  for (const part of query.split('&')) {
    if (!part) continue
    const eq = part.indexOf('=')
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq)).toLowerCase()
    const value = eq < 0 ? '' : safeDecode(part.slice(eq + 1))
    // Every signature is a secret, a repeated one too (and in its raw form as well as decoded).
    if (key === 'sig') {
      registerSecret(value)
      if (eq >= 0) registerSecret(part.slice(eq + 1))
    }
    if (params.has(key)) {
      errors.push(`parameter "${key}" appears more than once`)
      continue
    }
    params.set(key, value)
  }
  const sig = params.get('sig')
  if (sig !== undefined) registerSecret(sig)
  facts.has_signature = sig !== undefined && sig.length > 0
  for (const p of PARAMS) {
    const v = params.get(p)
    if (v !== undefined) facts[p] = v
  }
  for (const [p, field] of [
    ['st', 'st_unix'],
    ['se', 'se_unix']
  ] as const) {
    const v = params.get(p)
    if (v === undefined) continue
    const t = parseSasTime(v)
    if (t === undefined) errors.push(`${p} "${redact(v)}" is not an ISO 8601 UTC time`)
    else facts[field] = t
  }

  // Path: host-style (account.blob.…/container/blob) or path-style (IP/localhost:port/account/container/blob).
  const rawSegments = url.pathname.split('/').filter(s => s !== '')
  let rest = rawSegments
  const hostname = url.hostname.toLowerCase()
  if (isIpOrLocal(hostname)) {
    if (rest[0] !== undefined) facts.account = safeDecode(rest[0])
    rest = rest.slice(1)
  } else {
    const m = /^([^.]+)\.blob\./.exec(hostname)
    if (m) facts.account = m[1]
  }
  if (rest.length === 1 && facts.sr === 'b') {
    // A blob in the root container: https://account.blob…/name.vhd
    facts.container = '$root'
    facts.blob_name_raw = rest[0]
  } else if (rest.length >= 1) {
    facts.container = safeDecode(rest[0] ?? '')
    if (rest.length > 1) facts.blob_name_raw = rest.slice(1).join('/')
  }
  if (facts.blob_name_raw !== undefined) facts.blob_name = safeDecode(facts.blob_name_raw)

  // Validity window.
  const start = facts.st_unix ?? now
  if (facts.se_unix !== undefined && start !== undefined) {
    facts.validity_seconds = facts.se_unix - start
    facts.validity_business_days = businessDays(start, facts.se_unix)
    if (facts.st_unix === undefined) facts.validity_from_now = true
  }
  if (errors.length > 0) facts.parse_error = errors.join('; ')
  return facts
}

export interface SasInputResult {
  sas: SasFacts[]
  /** Raw URIs, in the order of `sas` (for live checks only; never print them). */
  uris: string[]
  /** One-line, redacted messages about input lines that are not `os=URL` / `lunN=URL`. */
  errors: string[]
}

const SAS_LINE = /^(os|lun\s*(\d+))\s*[=:]\s*(\S.*)$/i

/**
 * Parse `sas-uris` (multiline) or repeated `--sas` values: `os=URL`, `lun0=URL`, …; blank lines and
 * `#` comments are ignored. Never throws.
 */
export function parseSasInputs(lines: string[], now?: number, what = 'sas-uris'): SasInputResult {
  const out: SasInputResult = { sas: [], uris: [], errors: [] }
  const all = lines.flatMap(l => l.split(/\r?\n/))
  all.forEach((line, i) => {
    const text = line.trim()
    if (!text || text.startsWith('#')) return
    registerSignatures(text)
    const m = SAS_LINE.exec(text)
    if (!m) {
      const shown = redact(text).slice(0, 80)
      out.errors.push(`${what} line ${i + 1}: expected "os=<SAS URI>" or "lun<N>=<SAS URI>", got "${shown}"`)
      return
    }
    const disk = m[2] !== undefined ? `lun${Number(m[2])}` : 'os'
    const uri = (m[3] ?? '').trim()
    out.sas.push(parseSasUri(disk, uri, now))
    out.uris.push(uri)
  })
  return out
}
