/**
 * VHD footer reader: the last 512 bytes of a local file or of a blob behind an http(s) URL (SAS or not).
 *
 * Never throws: whatever goes wrong (missing file, 403, 404, short or wrong Range answer, a server that
 * sends far more than asked, a server that never answers) becomes a `VhdFacts` with `error` set, and the
 * read is bounded both in bytes and in time.
 */
import { open } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { redact, redactError, registerSignatures } from '../redact.js'
import { OPEN_NONBLOCK } from '../user-file.js'
import { describeNetError, request, statusError, type HttpAnswer } from './http.js'

export const FOOTER_SIZE = 512
export const MIB = 1024 * 1024
export const GIB = 1024 * MIB
export const VHD_COOKIE = 'conectix'

export type VhdDiskType = 'fixed' | 'dynamic' | 'differencing' | 'none' | 'unknown'

/** Facts observed from one VHD footer; `definitions.vhd` in schemas/facts.schema.json. */
export interface VhdFacts {
  /** File path, or URL with the SAS signature redacted. */
  location: string
  cookie?: string
  disk_type?: VhdDiskType
  /** Virtual size in bytes, from the footer's "current size" field. */
  current_size?: number
  /** Length of the file or blob in bytes. */
  length?: number
  checksum_valid?: boolean
  mib_aligned?: boolean
  /** length == current_size + 512 (what a fixed VHD must satisfy). */
  length_matches?: boolean
  /** `x-ms-blob-type` of a blob (PageBlob, BlockBlob, AppendBlob). */
  blob_type?: string
  /** Footer's creator application (e.g. "qem2", "win ", "d2v "), trimmed. */
  creator_app?: string
  /** HTTP status of the HEAD (or of the Range GET when the HEAD succeeded and the GET did not). */
  http_status?: number
  /** Why the footer could not be read. When set, the footer fields above may be absent. */
  error?: string
}

export interface ReadOptions {
  /** Whole-operation deadline in milliseconds (HEAD + Range GET). Default 30 000. */
  timeoutMs?: number
  /** Most response-body bytes accepted before the read is aborted. Default (and minimum) 512. */
  maxBytes?: number
}

const DEFAULT_TIMEOUT_MS = 30_000

const DISK_TYPES: Record<number, VhdDiskType> = { 0: 'none', 2: 'fixed', 3: 'dynamic', 4: 'differencing' }

function printable(buf: Buffer): string {
  let s = ''
  for (const b of buf)
    s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`
  return s
}

/** One's complement of the byte sum of the footer, the checksum field (bytes 64–67) counted as zero. */
export function footerChecksum(footer: Buffer): number {
  let sum = 0
  for (let i = 0; i < FOOTER_SIZE; i++) {
    if (i >= 64 && i < 68) continue
    sum = (sum + (footer[i] ?? 0)) >>> 0
  }
  return ~sum >>> 0
}

/**
 * Parse a 512-byte footer. `length` is the size of the whole file/blob. Fields that only make sense for a
 * real footer (disk type, size, alignment) are set only when the cookie is `conectix`.
 */
export function parseFooter(footer: Buffer, length: number, location: string): VhdFacts {
  const facts: VhdFacts = { location, length }
  if (footer.length !== FOOTER_SIZE) {
    facts.error = `footer is ${footer.length} bytes, expected ${FOOTER_SIZE}`
    return facts
  }
  const cookie = footer.subarray(0, 8)
  facts.cookie = printable(cookie)
  facts.checksum_valid = footer.readUInt32BE(64) === footerChecksum(footer)
  if (cookie.toString('latin1') !== VHD_COOKIE) {
    facts.disk_type = 'unknown'
    return facts
  }
  facts.creator_app = printable(footer.subarray(28, 32))
    .replace(/(\\x00)+$/, '')
    .trim()
  facts.disk_type = DISK_TYPES[footer.readUInt32BE(60)] ?? 'unknown'
  const size = footer.readBigUInt64BE(48)
  if (size <= BigInt(Number.MAX_SAFE_INTEGER)) {
    const n = Number(size)
    facts.current_size = n
    facts.mib_aligned = n % MIB === 0
    facts.length_matches = length === n + FOOTER_SIZE
  }
  return facts
}

/** True when `source` is read over http(s) rather than from the file system. */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source.trim())
}

/** Read the footer of a local file or of an http(s) URL. Never throws. */
export async function readVhdFooter(source: string, opts: ReadOptions = {}): Promise<VhdFacts> {
  const src = source.trim()
  registerSignatures(src)
  try {
    return isUrl(src) ? await readUrl(src, opts) : await readFile(src)
  } catch (err) {
    return { location: redact(src), error: redactError(err) }
  }
}

async function readFile(source: string): Promise<VhdFacts> {
  const path = source.startsWith('file://') ? fileURLToPath(source) : source
  const location = redact(path)
  let fh
  try {
    // Non-blocking open: a FIFO where a VHD is expected is refused by the fstat below, never waited on.
    fh = await open(path, OPEN_NONBLOCK)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : redactError(err)
    return { location, error: `cannot open ${location}: ${why}` }
  }
  try {
    const st = await fh.stat()
    if (!st.isFile()) return { location, error: `${location} is not a regular file` }
    const length = st.size
    if (length < FOOTER_SIZE) {
      return {
        location,
        length,
        error: `file is ${length} bytes, shorter than a VHD footer (${FOOTER_SIZE})`
      }
    }
    const buf = Buffer.alloc(FOOTER_SIZE)
    const { bytesRead } = await fh.read(buf, 0, FOOTER_SIZE, length - FOOTER_SIZE)
    if (bytesRead !== FOOTER_SIZE) {
      return { location, length, error: `short read: got ${bytesRead} of ${FOOTER_SIZE} footer bytes` }
    }
    return parseFooter(buf, length, location)
  } finally {
    await fh.close()
  }
}

async function readUrl(source: string, opts: ReadOptions): Promise<VhdFacts> {
  const location = redact(source)
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBody = Math.max(FOOTER_SIZE, opts.maxBytes ?? FOOTER_SIZE)
  let url: URL
  try {
    url = new URL(source)
  } catch {
    return { location, error: 'not a valid URL' }
  }
  const ac = new AbortController()
  const timer = setTimeout(() => ac.abort(), timeoutMs)
  const facts: VhdFacts = { location }
  try {
    let head: HttpAnswer
    try {
      head = await request(url, 'HEAD', {}, ac.signal, 0)
    } catch (err) {
      facts.error = describeNetError(err, timeoutMs)
      return facts
    }
    facts.http_status = head.status
    const blobType = head.headers['x-ms-blob-type']
    if (typeof blobType === 'string' && blobType) facts.blob_type = blobType
    if (head.status < 200 || head.status >= 300) {
      facts.error = statusError('HEAD', head.status)
      return facts
    }
    const cl = head.headers['content-length']
    if (typeof cl !== 'string' || !/^\d+$/.test(cl)) {
      facts.error = 'HEAD gave no Content-Length: cannot locate the footer'
      return facts
    }
    const length = Number(cl)
    facts.length = length
    if (length < FOOTER_SIZE) {
      facts.error = `blob is ${length} bytes, shorter than a VHD footer (${FOOTER_SIZE})`
      return facts
    }
    const first = length - FOOTER_SIZE
    const last = length - 1
    let get: HttpAnswer
    try {
      get = await request(url, 'GET', { Range: `bytes=${first}-${last}` }, ac.signal, maxBody)
    } catch (err) {
      facts.error = describeNetError(err, timeoutMs)
      return facts
    }
    if (get.status < 200 || get.status >= 300) {
      facts.http_status = get.status
      facts.error = statusError('Range GET', get.status)
      return facts
    }
    if (get.status === 200 && length !== FOOTER_SIZE) {
      facts.error = `server ignored the Range request (HTTP 200 for a ${length}-byte blob); stopped reading after ${get.received} bytes`
      return facts
    }
    if (get.status === 206) {
      const cr = get.headers['content-range']
      const m = typeof cr === 'string' ? /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(cr.trim()) : null
      if (!m) {
        facts.error = `Range GET answered 206 without a valid Content-Range`
        return facts
      }
      const [s, e, t] = [Number(m[1]), Number(m[2]), m[3] === '*' ? length : Number(m[3])]
      if (s !== first || e !== last || t !== length) {
        facts.error = `wrong range: asked for bytes ${first}-${last}/${length}, got ${s}-${e}/${m[3]}`
        return facts
      }
    }
    if (get.overflow || get.body.length > FOOTER_SIZE) {
      facts.error = `server sent more than the ${FOOTER_SIZE} bytes asked for; stopped reading`
      return facts
    }
    if (get.body.length < FOOTER_SIZE) {
      facts.error = `short read: got ${get.body.length} of ${FOOTER_SIZE} footer bytes`
      return facts
    }
    const parsed = parseFooter(get.body, length, location)
    return {
      ...parsed,
      ...(facts.blob_type ? { blob_type: facts.blob_type } : {}),
      http_status: facts.http_status
    }
  } finally {
    clearTimeout(timer)
  }
}

/** Disk size in GB (GiB, as Azure counts) observed from a footer; undefined when the footer is unusable. */
export function observedSizeGb(v: VhdFacts): number | undefined {
  if (v.error || v.cookie !== VHD_COOKIE || v.current_size === undefined) return undefined
  return v.current_size / GIB
}

/** Whether the footer says: a valid fixed VHD (cookie, type, checksum). Undefined when it could not be read. */
export function isFixedVhd(v: VhdFacts): boolean | undefined {
  if (v.error) return undefined
  return v.cookie === VHD_COOKIE && v.disk_type === 'fixed' && v.checksum_valid === true
}

// ---------------------------------------------------------------------------------------------------
// Partial facts document for the pipeline

export interface FactLocation {
  source: 'vhd' | 'sas'
  file?: string
  detail?: string
}

export interface DiskFacts {
  lun?: number
  size_gb?: number
  vhd?: VhdFacts
}

export interface DiskPartialFacts {
  disks?: { os?: DiskFacts; data?: DiskFacts[] }
  provenance?: Record<string, FactLocation>
}

/** `os=PATH`, `lun3=URL` or a bare path/URL (first bare one = OS disk, later ones = LUN 0, 1, …). */
export interface DiskRef {
  disk: string
  source: string
}

const DISK_PREFIX = /^\s*(os|lun\s*(\d+))\s*=\s*(.+)$/i

/** Map `--vhd` / `vhd` input entries to disks. Bare entries: the first is the OS disk, then LUN 0, 1, … */
export function assignDisks(entries: string[]): DiskRef[] {
  const refs: DiskRef[] = []
  const lines = entries.flatMap(e => e.split(/\r?\n/)).map(l => l.trim())
  const used = new Set<string>()
  const bare: string[] = []
  for (const line of lines) {
    if (!line || line.startsWith('#')) continue
    const m = DISK_PREFIX.exec(line)
    if (m) {
      const disk = m[2] !== undefined ? `lun${Number(m[2])}` : 'os'
      refs.push({ disk, source: (m[3] ?? '').trim() })
      used.add(disk)
    } else bare.push(line)
  }
  let nextLun = 0
  for (const source of bare) {
    let disk: string
    if (!used.has('os')) disk = 'os'
    else {
      while (used.has(`lun${nextLun}`)) nextLun++
      disk = `lun${nextLun}`
    }
    used.add(disk)
    refs.push({ disk, source })
  }
  return refs
}

/** Collects footer facts per disk ("os" / "lunN") and builds the partial document with provenance. */
export class DiskFactsBuilder {
  private readonly disks = new Map<string, { vhd: VhdFacts; where: FactLocation }>()

  /** Later additions for the same disk replace earlier ones. */
  add(disk: string, vhd: VhdFacts, where: FactLocation): void {
    this.disks.set(disk, { vhd, where })
  }

  has(disk: string): boolean {
    return this.disks.has(disk)
  }

  build(): DiskPartialFacts {
    const doc: DiskPartialFacts = {}
    if (this.disks.size === 0) return doc
    const provenance: Record<string, FactLocation> = {}
    const entry = (vhd: VhdFacts): DiskFacts => {
      const size = observedSizeGb(vhd)
      return size === undefined ? { vhd } : { size_gb: size, vhd }
    }
    const note = (path: string, d: DiskFacts, where: FactLocation): void => {
      provenance[`${path}.vhd`] = where
      if (d.size_gb !== undefined) provenance[`${path}.size_gb`] = where
    }
    const disks: NonNullable<DiskPartialFacts['disks']> = {}
    const os = this.disks.get('os')
    if (os) {
      disks.os = entry(os.vhd)
      note('disks.os', disks.os, os.where)
    }
    const luns = [...this.disks.keys()]
      .filter(k => k !== 'os')
      .map(k => Number(k.replace(/^lun/, '')))
      .sort((a, b) => a - b)
    if (luns.length > 0) {
      disks.data = luns.map((lun, i) => {
        const got = this.disks.get(`lun${lun}`) as { vhd: VhdFacts; where: FactLocation }
        const d: DiskFacts = { lun, ...entry(got.vhd) }
        note(`disks.data.${i}`, d, got.where)
        return d
      })
    }
    doc.disks = disks
    doc.provenance = provenance
    return doc
  }
}

/**
 * Read every VHD given as `--vhd` entries and return the partial facts document (disks.*.vhd, size_gb
 * observed from the footer, provenance `{source: "vhd", file}`).
 */
export async function vhdFacts(entries: string[], opts: ReadOptions = {}): Promise<DiskPartialFacts> {
  const refs = assignDisks(entries)
  const results = await Promise.all(refs.map(r => readVhdFooter(r.source, opts)))
  const builder = new DiskFactsBuilder()
  refs.forEach((r, i) => {
    const vhd = results[i] as VhdFacts
    builder.add(r.disk, vhd, { source: 'vhd', file: vhd.location })
  })
  return builder.build()
}
