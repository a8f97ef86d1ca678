/**
 * The URL reader against a tiny local HTTP server that misbehaves on purpose: every failure must become
 * an error fact, reads must stay bounded, and nothing may hang past the timeout.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { footerChecksum, readVhdFooter } from '../../src/facts/vhd.js'

const SIZE = 1024 * 1024
const LENGTH = SIZE + 512
const TWO_GB = 2 * 1024 * 1024 * 1024
const SIG = 'hostileServerSig0123456789abcdefXYZ%2B%2F%3D'

function fixedFooter(): Buffer {
  const b = Buffer.alloc(512)
  b.write('conectix', 0, 'latin1')
  b.writeBigUInt64BE(BigInt(SIZE), 40)
  b.writeBigUInt64BE(BigInt(SIZE), 48)
  b.writeUInt32BE(2, 60)
  b.writeUInt32BE(footerChecksum(b), 64)
  return b
}

interface Flood {
  sent: number
  closed: Promise<void>
}
const floods: Record<string, Flood> = {}

/** Write `total` bytes as fast as the client takes them; stop when the client goes away. */
function flood(name: string, res: http.ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024)
  const state: Flood = { sent: 0, closed: new Promise(r => res.on('close', () => r())) }
  floods[name] = state
  const pump = (): void => {
    while (state.sent < total) {
      if (res.destroyed) return
      state.sent += chunk.length
      if (!res.write(chunk)) {
        res.once('drain', pump)
        return
      }
    }
    res.end()
  }
  pump()
}

let server: http.Server
let base: string
let closedPort: number

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]
    const head = (len: number, extra: Record<string, string> = {}): void => {
      res.writeHead(200, { 'Content-Length': String(len), 'x-ms-blob-type': 'PageBlob', ...extra })
      res.end()
    }
    switch (path) {
      case '/ok.vhd':
        if (req.method === 'HEAD') return head(LENGTH)
        res.writeHead(206, {
          'Content-Range': `bytes ${SIZE}-${LENGTH - 1}/${LENGTH}`,
          'Content-Length': '512'
        })
        return res.end(fixedFooter())
      case '/forbidden.vhd':
        res.writeHead(403, { 'Content-Type': 'application/xml' })
        return res.end('<Error><Code>AuthenticationFailed</Code></Error>')
      case '/missing.vhd':
        res.writeHead(404)
        return res.end()
      case '/moved.vhd':
        res.writeHead(302, { Location: '/ok.vhd' })
        return res.end()
      case '/get-forbidden.vhd':
        if (req.method === 'HEAD') return head(LENGTH)
        res.writeHead(403)
        return res.end()
      case '/tiny.vhd':
        return head(100)
      case '/short.vhd':
        if (req.method === 'HEAD') return head(LENGTH)
        res.writeHead(206, {
          'Content-Range': `bytes ${SIZE}-${LENGTH - 1}/${LENGTH}`,
          'Content-Length': '100'
        })
        return res.end(Buffer.alloc(100))
      case '/wrong-range.vhd':
        if (req.method === 'HEAD') return head(LENGTH)
        res.writeHead(206, { 'Content-Range': `bytes 0-511/${LENGTH}`, 'Content-Length': '512' })
        return res.end(fixedFooter())
      case '/no-content-range.vhd':
        if (req.method === 'HEAD') return head(LENGTH)
        res.writeHead(206, { 'Content-Length': '512' })
        return res.end(fixedFooter())
      case '/ignores-range.vhd': // 200 with the whole 2 GB "blob"
        if (req.method === 'HEAD') return head(TWO_GB + 512)
        res.writeHead(200, { 'Content-Length': String(TWO_GB + 512) })
        return flood('ignores-range', res, TWO_GB + 512)
      case '/flood.vhd': // 206 with the right Content-Range, then a 2 GB chunked body
        if (req.method === 'HEAD') return head(LENGTH)
        res.writeHead(206, { 'Content-Range': `bytes ${SIZE}-${LENGTH - 1}/${LENGTH}` })
        return flood('flood', res, TWO_GB)
      case '/hang.vhd': // never answers
        return
      case '/stall.vhd': // answers HEAD, then sends 100 bytes of the footer and stalls
        if (req.method === 'HEAD') return head(LENGTH)
        res.writeHead(206, {
          'Content-Range': `bytes ${SIZE}-${LENGTH - 1}/${LENGTH}`,
          'Content-Length': '512'
        })
        res.write(Buffer.alloc(100))
        return
      default:
        res.writeHead(500)
        res.end()
    }
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A port that was free a moment ago and has nothing listening now.
  const probe = net.createServer()
  await new Promise<void>(r => probe.listen(0, '127.0.0.1', () => r()))
  closedPort = (probe.address() as AddressInfo).port
  await new Promise<void>(r => probe.close(() => r()))
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>(r => server.close(() => r()))
})

const url = (p: string): string => `${base}${p}?sv=2022-11-02&sr=b&sp=r&sig=${SIG}`

describe('readVhdFooter over HTTP', () => {
  test('a well-behaved server: HEAD for the length and blob type, Range GET for the footer', async () => {
    const f = await readVhdFooter(url('/ok.vhd'), { timeoutMs: 5000 })
    expect(f).toMatchObject({
      cookie: 'conectix',
      disk_type: 'fixed',
      current_size: SIZE,
      length: LENGTH,
      length_matches: true,
      checksum_valid: true,
      blob_type: 'PageBlob',
      http_status: 200
    })
    expect(f.error).toBeUndefined()
    expect(f.location).toBe(`${base}/ok.vhd?sv=2022-11-02&sr=b&sp=r&sig=REDACTED`)
  })

  test.each([
    [
      '/forbidden.vhd',
      403,
      'HEAD returned HTTP 403 (forbidden: the SAS is invalid, expired, not yet valid or lacks read permission)'
    ],
    ['/missing.vhd', 404, 'HEAD returned HTTP 404 (not found: no blob at this path)'],
    ['/moved.vhd', 302, 'HEAD returned HTTP 302'],
    [
      '/get-forbidden.vhd',
      403,
      'Range GET returned HTTP 403 (forbidden: the SAS is invalid, expired, not yet valid or lacks read permission)'
    ]
  ])('%s → HTTP %i as an error fact', async (p, status, error) => {
    const f = await readVhdFooter(url(p), { timeoutMs: 5000 })
    expect(f.http_status).toBe(status)
    expect(f.error).toBe(error)
    expect(f.cookie).toBeUndefined()
  })

  test.each([
    ['/tiny.vhd', 'blob is 100 bytes, shorter than a VHD footer (512)'],
    ['/short.vhd', 'short read: got 100 of 512 footer bytes'],
    ['/wrong-range.vhd', `wrong range: asked for bytes ${SIZE}-${LENGTH - 1}/${LENGTH}, got 0-511/${LENGTH}`],
    ['/no-content-range.vhd', 'Range GET answered 206 without a valid Content-Range']
  ])('%s → %s', async (p, error) => {
    const f = await readVhdFooter(url(p), { timeoutMs: 5000 })
    expect(f.error).toBe(error)
  })

  test('a server that ignores Range and sends the 2 GB blob: reading stops early', async () => {
    const f = await readVhdFooter(url('/ignores-range.vhd'), { timeoutMs: 30_000 })
    expect(f.error).toMatch(
      /^server ignored the Range request \(HTTP 200 for a 2147484160-byte blob\); stopped reading after \d+ bytes$/
    )
    await floods['ignores-range']?.closed
    expect(floods['ignores-range']?.sent).toBeLessThan(256 * 1024 * 1024)
  })

  test('a 206 whose body runs on for 2 GB: reading stops after the 512 bytes asked for', async () => {
    const f = await readVhdFooter(url('/flood.vhd'), { timeoutMs: 30_000 })
    expect(f.error).toBe('server sent more than the 512 bytes asked for; stopped reading')
    await floods['flood']?.closed
    expect(floods['flood']?.sent).toBeLessThan(256 * 1024 * 1024)
  })

  test('a server that never answers: timeout, not a hang', async () => {
    const f = await readVhdFooter(url('/hang.vhd'), { timeoutMs: 300 })
    expect(f.error).toBe('timed out after 300 ms')
    expect(f.http_status).toBeUndefined()
  })

  test('a server that stalls mid-footer: timeout', async () => {
    const f = await readVhdFooter(url('/stall.vhd'), { timeoutMs: 300 })
    expect(f.error).toBe('timed out after 300 ms')
  })

  test('nothing listening: a network error fact', async () => {
    const f = await readVhdFooter(`http://127.0.0.1:${closedPort}/x.vhd?sig=${SIG}`, { timeoutMs: 5000 })
    expect(f.error).toMatch(/^network error: ECONNREFUSED/)
  })

  test('no error text or location carries the signature', async () => {
    const all = await Promise.all(
      ['/ok.vhd', '/forbidden.vhd', '/short.vhd', '/hang.vhd'].map(p =>
        readVhdFooter(url(p), { timeoutMs: 300 })
      )
    )
    const text = JSON.stringify(all)
    expect(text).not.toContain(SIG)
    expect(text).not.toContain(decodeURIComponent(SIG))
    expect(text).toContain('sig=REDACTED')
  })
})
