/**
 * Byte sources for reading a disk image: a local file, or an http(s) blob read with Range requests through
 * the bounded `request` of facts/http.ts (deadline, body limit, `sig` redacted in every message).
 * `CachedDisk` adds a page cache, coalesced range reads and a budget (bytes, reads, time).
 */
import { readSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { redact } from '../../redact.js'
import { OPEN_NONBLOCK } from '../../user-file.js'
import { describeNetError, request, statusError } from '../http.js'

export class DiskError extends Error {}

export interface ByteSource {
  /** What to call it in notes (path, or URL with the signature redacted). */
  readonly name: string
  readonly length: number
  /** Reads exactly `length` bytes at `offset` (inside the source), or throws DiskError. */
  read(offset: number, length: number, signal: AbortSignal): Promise<Buffer>
  close(): Promise<void>
}

export async function openFileSource(path: string): Promise<ByteSource> {
  let fh: FileHandle
  try {
    fh = await open(path, OPEN_NONBLOCK)
  } catch (err) {
    throw new DiskError(`cannot open ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`)
  }
  const st = await fh.stat()
  if (!st.isFile()) {
    await fh.close()
    throw new DiskError(`${path} is not a regular file`)
  }
  return {
    name: path,
    length: st.size,
    async read(offset, length) {
      // Filled by the read or refused (a short read throws), so no zero-fill is needed.
      // A regular file (checked above): read synchronously, which spares a thread-pool round trip per read.
      const buf = Buffer.allocUnsafeSlow(length)
      const bytesRead = readSync(fh.fd, buf, 0, length, offset)
      if (bytesRead !== length) throw new DiskError(`short read at byte ${offset} of ${path}`)
      return buf
    },
    close: () => fh.close()
  }
}

/** An http(s) blob; `length` comes from a HEAD. Every 206 is checked; a 200 to a range request is refused. */
export async function openUrlSource(
  source: string,
  signal: AbortSignal,
  timeoutMs: number
): Promise<ByteSource> {
  const name = redact(source)
  let url: URL
  try {
    url = new URL(source)
  } catch {
    throw new DiskError('not a valid URL')
  }
  let head
  try {
    head = await request(url, 'HEAD', {}, signal, 0)
  } catch (err) {
    throw new DiskError(`${name}: ${describeNetError(err, timeoutMs)}`)
  }
  if (head.status < 200 || head.status >= 300)
    throw new DiskError(`${name}: ${statusError('HEAD', head.status)}`)
  const cl = head.headers['content-length']
  if (typeof cl !== 'string' || !/^\d{1,16}$/.test(cl))
    throw new DiskError(`${name}: HEAD gave no Content-Length`)
  const length = Number(cl)
  return {
    name,
    length,
    async read(offset, len) {
      const last = offset + len - 1
      let get
      try {
        get = await request(url, 'GET', { Range: `bytes=${offset}-${last}` }, signal, len)
      } catch (err) {
        throw new DiskError(`${name}: ${describeNetError(err, timeoutMs)}`)
      }
      if (get.status === 200)
        throw new DiskError(
          `${name}: the server ignored a Range request (HTTP 200); nothing read from it is used`
        )
      if (get.status !== 206) throw new DiskError(`${name}: ${statusError('Range GET', get.status)}`)
      const cr = get.headers['content-range']
      const m = typeof cr === 'string' ? /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(cr.trim()) : null
      if (!m) throw new DiskError(`${name}: a 206 answer without a valid Content-Range`)
      if (Number(m[1]) !== offset || Number(m[2]) !== last || (m[3] !== '*' && Number(m[3]) !== length))
        throw new DiskError(
          `${name}: wrong range: asked for bytes ${offset}-${last}/${length}, got ${m[1]}-${m[2]}/${m[3]}`
        )
      if (get.overflow) throw new DiskError(`${name}: the server sent more than the ${len} bytes asked for`)
      if (get.body.length !== len)
        throw new DiskError(`${name}: short answer: ${get.body.length} of ${len} bytes at ${offset}`)
      return get.body
    },
    close: async () => undefined
  }
}

export interface Budget {
  /** Most bytes read from the source. Default 256 MiB. */
  maxBytes: number
  /** Most read calls (range requests). Default 20,000. */
  maxReads: number
  /** Deadline in ms for the whole disk read. Default 120 s. */
  timeoutMs: number
}

export const DEFAULT_BUDGET: Budget = { maxBytes: 256 * 1024 * 1024, maxReads: 20_000, timeoutMs: 120_000 }

const PAGE = 4096
/** Gaps up to this size between wanted ranges are read through, to make fewer requests. */
const GAP = 32 * 1024
/** Largest single read. */
const MAX_READ = 8 * 1024 * 1024

/**
 * A view of `source` from byte `base` (the VHD data area starts at 0; a partition at its offset) with a
 * shared 4 KiB page cache. `prefetch` merges many ranges into few reads; `read` uses the cache.
 */
export class CachedDisk {
  bytesRead = 0
  reads = 0
  private readonly pages = new Map<number, Buffer>()
  private readonly started = Date.now()
  readonly ac = new AbortController()
  private readonly timer: NodeJS.Timeout

  constructor(
    readonly source: ByteSource,
    /** Usable size (for a VHD: without the footer). */
    readonly size: number,
    readonly budget: Budget = DEFAULT_BUDGET
  ) {
    this.timer = setTimeout(() => this.ac.abort(), budget.timeoutMs)
    this.timer.unref()
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.pages.clear()
  }

  private check(len: number): void {
    if (this.ac.signal.aborted || Date.now() - this.started > this.budget.timeoutMs)
      throw new DiskError(`reading the disk took longer than ${this.budget.timeoutMs / 1000} s`)
    if (this.bytesRead + len > this.budget.maxBytes)
      throw new DiskError(`reading the disk would pass the ${this.budget.maxBytes / 1048576} MiB read budget`)
    if (this.reads + 1 > this.budget.maxReads)
      throw new DiskError(`reading the disk would pass the ${this.budget.maxReads} read budget`)
  }

  /** Loads every page of the given [offset, length] ranges that is not cached, in merged reads. */
  async prefetch(ranges: Array<[number, number]>): Promise<void> {
    const want: number[] = []
    for (const [off, len] of ranges) {
      if (len <= 0) continue
      if (off < 0 || off + len > this.size)
        throw new DiskError(`a read at byte ${off} (+${len}) is past the end of the disk`)
      for (let p = Math.floor(off / PAGE); p * PAGE < off + len; p++) if (!this.pages.has(p)) want.push(p)
    }
    if (want.length === 0) return
    want.sort((a, b) => a - b)
    let i = 0
    while (i < want.length) {
      const first = want[i] as number
      let last = first
      let j = i + 1
      while (j < want.length) {
        const p = want[j] as number
        if ((p - last - 1) * PAGE > GAP || (p - first + 1) * PAGE > MAX_READ) break
        last = p
        j++
      }
      const off = first * PAGE
      const len = Math.min((last + 1) * PAGE, this.size) - off
      this.check(len)
      this.reads++
      this.bytesRead += len
      let buf = await this.source.read(off, len, this.ac.signal)
      // Each read gets a memory of its own, so pages sharing one are pages of one read (see `view`).
      if (buf.byteOffset !== 0 || buf.buffer.byteLength !== buf.length) {
        const own = Buffer.allocUnsafeSlow(buf.length)
        buf.copy(own)
        buf = own
      }
      for (let p = first; p <= last; p++) {
        const s = (p - first) * PAGE
        if (s >= buf.length) break
        if (!this.pages.has(p)) this.pages.set(p, buf.subarray(s, Math.min(s + PAGE, buf.length)))
      }
      i = j
    }
  }

  /**
   * Like `read`, but a view into the cache (no copy) when the range lies in one page, or in pages that one
   * read brought in (they share its buffer, back to back). Do not modify.
   */
  async view(offset: number, length: number): Promise<Buffer> {
    if (length <= 0) return Buffer.alloc(0)
    const s = offset % PAGE
    const firstNo = Math.floor(offset / PAGE)
    let first = this.pages.get(firstNo)
    if (!first) {
      await this.prefetch([[offset, length]])
      first = this.pages.get(firstNo)
    }
    if (first && s + length <= first.length) return first.subarray(s, s + length)
    const last = this.pages.get(Math.floor((offset + length - 1) / PAGE))
    if (
      first &&
      last &&
      first.buffer === last.buffer &&
      last.byteOffset - first.byteOffset === (Math.floor((offset + length - 1) / PAGE) - firstNo) * PAGE &&
      (offset + length - 1) % PAGE < last.length
    )
      return Buffer.from(first.buffer, first.byteOffset + s, length)
    return this.read(offset, length)
  }

  async read(offset: number, length: number): Promise<Buffer> {
    await this.prefetch([[offset, length]])
    const out = Buffer.alloc(length)
    let done = 0
    while (done < length) {
      const pos = offset + done
      const page = this.pages.get(Math.floor(pos / PAGE)) as Buffer
      const s = pos % PAGE
      const n = Math.min(page.length - s, length - done)
      if (n <= 0) throw new DiskError(`short page at byte ${pos}`)
      page.copy(out, done, s, s + n)
      done += n
    }
    return out
  }
}
